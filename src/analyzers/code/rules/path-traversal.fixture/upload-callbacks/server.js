'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');
const { eachUpload, eachUploadFlat, eachUploadRenamed } = require('./multipart');

const app = express();
const UPLOADS = path.join(__dirname, 'uploads');

app.post('/upload', (req, res) => {
  eachUpload(req, (filename, stream) => {
    // ruleid: js/path-traversal
    stream.pipe(fs.createWriteStream(path.join(UPLOADS, filename)));
  });
  req.on('end', () => res.sendStatus(204));
});

app.post('/upload-flat', (req, res) => {
  eachUploadFlat(req, (filename, stream) => {
    // ok: js/path-traversal
    stream.pipe(fs.createWriteStream(path.join(UPLOADS, filename)));
  });
  req.on('end', () => res.sendStatus(204));
});

app.post('/upload-renamed', (req, res) => {
  eachUploadRenamed(req, (file, stream) => {
    // ok: js/path-traversal
    stream.pipe(fs.createWriteStream(path.join(UPLOADS, file.name)));
  });
  req.on('end', () => res.sendStatus(204));
});

/** The client's names are only listed in the response. */
app.post('/upload-listed', (req, res) => {
  const names = [];
  eachUpload(req, (filename, stream) => {
    names.push(filename);
    // ok: js/path-traversal
    stream.pipe(fs.createWriteStream(path.join(UPLOADS, 'latest.bin')));
  });
  req.on('end', () => res.json({ names }));
});

app.listen(3000);
