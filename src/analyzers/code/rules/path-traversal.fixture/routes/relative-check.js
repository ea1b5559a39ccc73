// `path.relative(root, p)` starting with `..` means p lies outside root: rejecting that keeps p
// inside, whether the check is written on the call or on a variable holding its result.
const express = require('express');
const fs = require('fs');
const path = require('path');

const ROOT = '/srv/shared';
const app = express();

app.get('/inside', (req, res) => {
  const target = path.resolve(ROOT, String(req.query.name));
  const rel = path.relative(ROOT, target);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return res.sendStatus(403);
  // ok: js/path-traversal
  res.send(fs.readFileSync(target, 'utf8'));
});

app.get('/inside-real', (req, res) => {
  const target = fs.realpathSync(path.join(ROOT, String(req.query.name)));
  const relative = path.relative(ROOT, target);
  if (relative.startsWith('..')) return res.sendStatus(403);
  // ok: js/path-traversal
  res.send(fs.readFileSync(target, 'utf8'));
});

app.get('/other', (req, res) => {
  // The check is on another path than the one read.
  const target = path.resolve(ROOT, String(req.query.name));
  const rel = path.relative(ROOT, path.resolve(ROOT, String(req.query.base)));
  if (rel.startsWith('..')) return res.sendStatus(403);
  // ruleid: js/path-traversal
  res.send(fs.readFileSync(target, 'utf8'));
});

app.get('/dotfile', (req, res) => {
  const target = path.resolve(ROOT, String(req.query.name));
  const rel = path.relative(ROOT, target);
  if (rel.startsWith('.')) {
    // Dot files are refused, and with them every `..` path.
    return res.sendStatus(403);
  }
  // ok: js/path-traversal
  res.send(fs.readFileSync(target, 'utf8'));
});

app.get('/length', (req, res) => {
  const target = path.resolve(ROOT, String(req.query.name));
  const rel = path.relative(ROOT, target);
  if (rel.length > 200) return res.sendStatus(414);
  // ruleid: js/path-traversal
  res.send(fs.readFileSync(target, 'utf8'));
});

module.exports = app;
