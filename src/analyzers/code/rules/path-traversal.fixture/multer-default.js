// multer with its defaults: `file.originalname` is the last segment of the client's name, never `.`
// or `..` (busboy drops the rest), so it cannot climb out of the folder it is joined to.
const express = require('express');
const multer = require('multer');
const fs = require('fs');
const path = require('path');

const app = express();
const STORE = path.join(__dirname, 'store');
const upload = multer({ dest: 'tmp/' });
const storage = multer.diskStorage({
  destination: 'uploads/',
  // ok: js/path-traversal
  filename: (req, file, cb) => cb(null, `${Date.now()}-${file.originalname}`),
});

app.post('/keep', upload.single('doc'), (req, res) => {
  // ok: js/path-traversal
  fs.renameSync(req.file.path, path.join(STORE, req.file.originalname));
  res.sendStatus(201);
});

// A name sent as a form field is the client's text, directories included.
app.post('/rename', upload.single('doc'), (req, res) => {
  // ruleid: js/path-traversal
  fs.renameSync(req.file.path, path.join(STORE, req.body.name));
  res.sendStatus(201);
});

module.exports = { app, photos: multer({ storage }) };
