const express = require('express');
const fs = require('fs/promises');
const path = require('path');

const router = express.Router();

// Written under the client's name, then sent back: one flaw, reported where the file is written.
router.get('/stamped/:name', async (req, res) => {
  const local = path.join('/tmp/exports', req.params.name);
  // ruleid: js/path-traversal
  await fs.writeFile(local, 'stamped');
  // ok: js/path-traversal
  res.download(local);
});

// Read first, then written: the read reaches whatever file the client names.
router.get('/copy/:name', async (req, res) => {
  const local = path.join('/tmp/exports', req.params.name);
  // ruleid: js/path-traversal
  const data = await fs.readFile(local);
  // ruleid: js/path-traversal
  await fs.writeFile(`${local}.bak`, data);
  res.end();
});

module.exports = router;
