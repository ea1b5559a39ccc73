const fs = require('fs');
const path = require('path');
const express = require('express');
const { isSafePath, isAllowedFile, insideDocs, DOCS_ROOT } = require('../lib/checks');

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

module.exports = router;
