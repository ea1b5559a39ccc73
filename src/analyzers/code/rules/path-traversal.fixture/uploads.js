// Multipart parsers: the client names its files; where the parser stored them is the server's choice.
const express = require('express');
const busboy = require('busboy');
const formidable = require('formidable');
const fs = require('fs');
const path = require('path');

const app = express();

app.post('/busboy', (req, res) => {
  const bb = busboy({ headers: req.headers });
  bb.on('file', (name, file, info) => {
    // ruleid: js/path-traversal
    file.pipe(fs.createWriteStream(path.join('uploads', info.filename)));
  });
  bb.on('field', (name, value) => {
    // ruleid: js/path-traversal
    if (name === 'note') fs.writeFileSync(path.join('notes', value), '');
  });
  bb.on('close', () => res.end());
  req.pipe(bb);
});

app.post('/busboy-safe', (req, res) => {
  const bb = busboy({ headers: req.headers });
  bb.on('file', (name, file, info) => {
    // ok: js/path-traversal
    file.pipe(fs.createWriteStream(path.join('uploads', path.basename(info.filename))));
  });
  req.pipe(bb);
});

app.post('/formidable', (req, res) => {
  formidable({ uploadDir: 'tmp' }).parse(req, (err, fields, files) => {
    if (err) return res.sendStatus(400);
    const doc = files.doc[0];
    // The temporary path is formidable's; the original name is the client's.
    // ruleid: js/path-traversal
    fs.copyFileSync(doc.filepath, path.join('uploads', doc.originalFilename));
    // ok: js/path-traversal
    fs.copyFileSync(doc.filepath, path.join('uploads', `${Date.now()}.bin`));
    res.end();
  });
});
