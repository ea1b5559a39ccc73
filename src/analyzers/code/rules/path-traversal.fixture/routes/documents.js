const fs = require('fs');
const path = require('path');
const express = require('express');
const { isSafePath, isAllowedFile, insideDocs, assertFileName, assertMaybe, DOCS_ROOT } = require('../lib/checks');

const router = express.Router();

function validDocName(n) {
  return typeof n === 'string' && n.trim() !== '';
}

function isSlug(n) {
  return /^[a-z0-9][a-z0-9-]*\.(pdf|txt)$/.test(n);
}

router.get('/docs/raw', (req, res) => {
  if (!isSafePath(req.query.file)) return res.sendStatus(400);
  // ruleid: js/path-traversal
  res.send(fs.readFileSync(path.join(DOCS_ROOT, req.query.file)));
});

router.get('/docs/file', (req, res) => {
  if (!isAllowedFile(req.query.file)) return res.sendStatus(400);
  // ok: js/path-traversal
  res.send(fs.readFileSync(path.join(DOCS_ROOT, req.query.file)));
});

router.get('/docs/open', (req, res) => {
  const file = insideDocs(String(req.query.file));
  if (!file) return res.sendStatus(404);
  // ok: js/path-traversal
  fs.createReadStream(file).pipe(res);
});

router.get('/docs/named', (req, res) => {
  if (!validDocName(req.query.name)) return res.sendStatus(400);
  // ruleid: js/path-traversal
  res.sendFile(path.join(DOCS_ROOT, req.query.name));
});

router.get('/docs/slug', (req, res) => {
  if (!isSlug(req.query.name)) return res.sendStatus(400);
  // ok: js/path-traversal
  res.sendFile(path.join(DOCS_ROOT, req.query.name));
});

// A throwing validator in this file: only its anchored check counts, not its name.
function checkName(n) {
  if (!/^[a-z0-9-]+\.pdf$/.test(n)) throw new Error('invalid name');
}

// Checks only the length before it throws.
function checkLength(n) {
  if (String(n).length > 100) throw new Error('too long');
}

router.get('/docs/checked', (req, res) => {
  checkName(req.query.name);
  // ok: js/path-traversal
  res.sendFile(path.join(DOCS_ROOT, req.query.name));
});

router.get('/docs/length-checked', (req, res) => {
  checkLength(req.query.name);
  // ruleid: js/path-traversal
  res.sendFile(path.join(DOCS_ROOT, req.query.name));
});

router.get('/docs/asserted', (req, res) => {
  assertFileName(req.query.file);
  // ok: js/path-traversal
  res.send(fs.readFileSync(path.join(DOCS_ROOT, req.query.file)));
});

router.get('/docs/maybe-asserted', (req, res) => {
  assertMaybe(req.query.file, req.query);
  // ruleid: js/path-traversal
  res.send(fs.readFileSync(path.join(DOCS_ROOT, req.query.file)));
});

module.exports = router;
