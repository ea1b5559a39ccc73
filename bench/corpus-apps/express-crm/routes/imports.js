'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const express = require('express');
const multer = require('multer');
const yauzl = require('yauzl');

const router = express.Router();
const upload = multer({ dest: os.tmpdir(), limits: { fileSize: 20 * 1024 * 1024 } });
const IMPORT_ROOT = process.env.IMPORT_DIR || '/var/crm/imports';

/** Unpacks an export of the old CRM (CSV files plus attachments) for the import worker. */
router.post('/zip', upload.single('archive'), (req, res) => {
  const dest = path.join(IMPORT_ROOT, String(req.user._id), Date.now().toString(36));
  yauzl.open(req.file.path, { lazyEntries: true }, (err, zipfile) => {
    if (err) return res.status(400).json({ error: 'not a zip file' });
    zipfile.readEntry();
    zipfile.on('entry', (entry) => {
      if (/\/$/.test(entry.fileName)) return zipfile.readEntry();
      const target = path.join(dest, entry.fileName);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      zipfile.openReadStream(entry, (e, stream) => {
        if (e) return zipfile.close();
        stream.on('end', () => zipfile.readEntry());
        // vuln: CWE-22
        stream.pipe(fs.createWriteStream(target));
      });
    });
    zipfile.on('end', () => res.status(202).json({ queued: path.basename(dest) }));
  });
});

/** Attachments only: every entry is flattened into one folder. */
router.post('/attachments', upload.single('archive'), (req, res) => {
  const dest = path.join(IMPORT_ROOT, String(req.user._id), 'attachments');
  fs.mkdirSync(dest, { recursive: true });
  yauzl.open(req.file.path, { lazyEntries: true }, (err, zipfile) => {
    if (err) return res.status(400).json({ error: 'not a zip file' });
    zipfile.readEntry();
    zipfile.on('entry', (entry) => {
      zipfile.openReadStream(entry, (e, stream) => {
        if (e) return zipfile.close();
        stream.on('end', () => zipfile.readEntry());
        // safe: CWE-22
        stream.pipe(fs.createWriteStream(path.join(dest, path.basename(entry.fileName))));
      });
    });
    zipfile.on('end', () => res.status(202).json({ ok: true }));
  });
});

module.exports = router;
