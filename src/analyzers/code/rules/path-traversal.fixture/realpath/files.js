// realpath resolves links and `..` but keeps wherever the path points: a request's `../../etc/passwd`
// comes out as `/etc/passwd`. Only a containment check on the resolved path keeps it inside.
const express = require('express');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { promisify } = require('util');

const realpathAsync = promisify(fs.realpath);

const ROOT = '/srv/shared';
const app = express();

app.get('/sync', (req, res) => {
  const file = fs.realpathSync(path.join(ROOT, req.query.name));
  // ruleid: js/path-traversal
  res.send(fs.readFileSync(file, 'utf8'));
});

app.get('/promise', async (req, res) => {
  const file = await fs.promises.realpath(path.join(ROOT, req.query.name));
  // ruleid: js/path-traversal
  res.send(await fsp.readFile(file, 'utf8'));
});

app.get('/callback', (req, res) => {
  fs.realpath(path.join(ROOT, req.params.name ?? ''), (err, file) => {
    if (err) return res.sendStatus(404);
    // ruleid: js/path-traversal
    fs.createReadStream(file).pipe(res);
  });
});

app.get('/contained', async (req, res) => {
  const resolved = await fsp.realpath(path.join(ROOT, req.query.name));
  if (!resolved.startsWith(ROOT + path.sep)) return res.sendStatus(403);
  // ok: js/path-traversal
  res.send(await fsp.readFile(resolved, 'utf8'));
});

app.get('/contained-sync', (req, res) => {
  const resolved = fs.realpathSync(path.resolve(ROOT, req.query.name));
  if (!resolved.startsWith(path.resolve(ROOT) + path.sep)) return res.sendStatus(403);
  // ok: js/path-traversal
  res.send(fs.readFileSync(resolved, 'utf8'));
});

app.get('/promisified', async (req, res) => {
  const file = await realpathAsync(path.join(ROOT, req.query.name));
  // ruleid: js/path-traversal
  res.send(fs.readFileSync(file, 'utf8'));
});

module.exports = app;
