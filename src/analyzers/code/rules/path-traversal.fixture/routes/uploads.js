const fs = require('fs');
const path = require('path');
const express = require('express');
const multer = require('multer');

const router = express.Router();
const upload = multer({ dest: 'uploads/' });
const STORE = path.join(__dirname, 'store');

// Where the upload middleware wrote the file is the server's own temporary path.
router.post('/avatar', upload.single('avatar'), (req, res) => {
  // ok: js/path-traversal
  fs.createReadStream(req.file.path).pipe(res);
});

router.post('/import', (req, res) => {
  const doc = req.files.doc;
  // ok: js/path-traversal
  res.send(fs.readFileSync(doc.filepath));
});

// multer keeps only the last segment of the client's name (no `..`): it stays in STORE.
router.post('/keep', upload.single('doc'), (req, res) => {
  // ok: js/path-traversal
  fs.renameSync(req.file.path, path.join(STORE, req.file.originalname));
  res.sendStatus(201);
});

// A body field called `path` is not an upload's location.
router.post('/copy', (req, res) => {
  // ruleid: js/path-traversal
  res.send(fs.readFileSync(path.join(STORE, req.body.file.path)));
});

module.exports = router;
