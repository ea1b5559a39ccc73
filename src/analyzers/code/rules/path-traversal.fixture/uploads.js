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

// formidable 3 also returns a promise of [fields, files] when given no callback.
app.post('/formidable-promise', async (req, res) => {
  const [fields, files] = await formidable({ uploadDir: 'tmp' }).parse(req);
  const [scan] = files.scan;
  // ruleid: js/path-traversal
  await fs.promises.rename(scan.filepath, path.join('scans', scan.originalFilename));
  // ruleid: js/path-traversal
  await fs.promises.mkdir(path.join('scans', String(fields.batch)), { recursive: true });
  // ok: js/path-traversal
  await fs.promises.mkdir(path.join('scans', String(fields.batch).replace(/\D/g, '')), { recursive: true });
  // ok: js/path-traversal
  await fs.promises.rename(scan.filepath, path.join('scans', `${Date.now()}.pdf`));
  res.end();
});

app.get('/scans/:batch', (req, res) => {
  // `\D` strips every character but digits, as `[^0-9]` would.
  // ok: js/path-traversal
  res.json(fs.readdirSync(path.join('scans', req.params.batch.replace(/\D/g, ''))));
});
