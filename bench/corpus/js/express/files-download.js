// File manager routes (Express)
const express = require('express');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');

const router = express.Router();
const STORAGE_ROOT = path.resolve(__dirname, '../storage');

router.get('/download/:filename', (req, res) => {
  const filePath = path.join(STORAGE_ROOT, req.params.filename);
  // ruleid: js/path-traversal
  res.download(filePath);
});

router.get('/files', (req, res) => {
  const file = req.query.file;
  // ruleid: js/path-traversal
  res.sendFile(file, { root: '/' });
});

router.get('/read', async (req, res) => {
  const target = path.join(STORAGE_ROOT, req.query.path);
  // ruleid: js/path-traversal
  const content = await fsp.readFile(target, 'utf8');
  res.type('text/plain').send(content);
});

// Safe: basename strips any directory part
router.get('/v2/download/:filename', (req, res) => {
  const safeName = path.basename(req.params.filename);
  // ok: js/path-traversal
  res.download(path.join(STORAGE_ROOT, safeName));
});

// Safe: resolve + prefix check
router.get('/v2/read', async (req, res) => {
  const target = path.resolve(STORAGE_ROOT, String(req.query.path || ''));
  if (!target.startsWith(STORAGE_ROOT + path.sep)) {
    return res.status(400).json({ error: 'Invalid path' });
  }
  // ok: js/path-traversal
  const content = await fsp.readFile(target, 'utf8');
  res.type('text/plain').send(content);
});

router.post('/notes', (req, res) => {
  const { name, text } = req.body;
  // ruleid: js/path-traversal
  fs.writeFileSync(`${STORAGE_ROOT}/notes/${name}.txt`, text);
  res.status(201).json({ saved: name });
});

router.delete('/files/:name', (req, res) => {
  // ruleid: js/path-traversal
  fs.unlink(path.join(STORAGE_ROOT, req.params.name), (err) => {
    if (err) return res.status(404).json({ error: 'Not found' });
    res.sendStatus(204);
  });
});

// Safe: sendFile with root option refuses paths that escape root
router.get('/public/:asset', (req, res) => {
  // ok: js/path-traversal
  res.sendFile(req.params.asset, { root: path.join(__dirname, 'public') });
});

router.get('/manifest', (req, res) => {
  // ok: js/path-traversal
  const manifest = fs.readFileSync(path.join(__dirname, 'manifest.json'), 'utf8');
  res.type('application/json').send(manifest);
});

module.exports = router;
