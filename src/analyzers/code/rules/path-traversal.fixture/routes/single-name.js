const path = require('path');
const express = require('express');

const router = express.Router();
const PUBLIC = path.join(__dirname, 'public');

// A name with neither separator is one segment of the folder: it cannot reach a file elsewhere.
router.get('/public/:file', (req, res, next) => {
  const file = req.params.file;
  if (!file.includes('/') && !file.includes('\\') && file.endsWith('.pdf')) {
    // ok: js/path-traversal
    res.sendFile(path.resolve(PUBLIC, file));
  } else {
    next(new Error('bad file name'));
  }
});

router.get('/public-early/:file', (req, res) => {
  const { file } = req.params;
  if (file.includes('/') || file.includes('\\')) return res.sendStatus(400);
  // ok: js/path-traversal
  res.sendFile(path.join(PUBLIC, file));
});

// Only `/` checked: on Windows `..\..\secret` still climbs out.
router.get('/slash-only/:file', (req, res) => {
  const file = req.params.file;
  if (file.includes('/')) return res.sendStatus(400);
  // ruleid: js/path-traversal
  res.sendFile(path.join(PUBLIC, file));
});

// Either separator may be present when the check is `||` on the true side.
router.get('/either/:file', (req, res) => {
  const file = req.params.file;
  if (!file.includes('/') || !file.includes('\\')) {
    // ruleid: js/path-traversal
    res.sendFile(path.join(PUBLIC, file));
  }
});

module.exports = router;
