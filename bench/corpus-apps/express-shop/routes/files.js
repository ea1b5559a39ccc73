'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');
const multer = require('multer');
const AdmZip = require('adm-zip');
const config = require('../config');
const { daos } = require('../db/daos');

const router = express.Router();
const upload = multer({ dest: path.join(config.uploadDir, 'tmp'), limits: { fileSize: 20 * 1024 * 1024 } });

function requireAdmin(req, res, next) {
  if (req.session.role !== 'admin') return res.status(403).send('Forbidden');
  return next();
}

// Bulk import: a zip of product images plus products.json.
router.post('/import', requireAdmin, upload.single('archive'), async (req, res) => {
  const zip = new AdmZip(req.file.path);
  const target = path.join(config.uploadDir, 'products');
  fs.mkdirSync(target, { recursive: true });
  // The archive is flat: images plus products.json.
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    // vuln: CWE-22
    fs.writeFileSync(path.join(target, entry.entryName), entry.getData());
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(target, 'products.json'), 'utf8'));
  for (const p of manifest) await daos.productDao.updateStock(p.sku, p.stock);
  res.redirect('/admin/products');
});

// Same import for the image CDN, written after the 2022 pentest.
router.post('/import-images', requireAdmin, upload.single('archive'), (req, res) => {
  const zip = new AdmZip(req.file.path);
  const target = path.resolve(config.uploadDir, 'images');
  fs.mkdirSync(target, { recursive: true });
  for (const entry of zip.getEntries()) {
    const dest = path.resolve(target, entry.entryName);
    if (!dest.startsWith(target + path.sep)) {
      return res.status(400).send(`Refusing entry ${entry.entryName}`);
    }
    if (entry.isDirectory) continue;
    // safe: CWE-22
    fs.writeFileSync(dest, entry.getData());
  }
  return res.redirect('/admin/images');
});

router.get('/invoice', (req, res) => {
  const name = String(req.query.file || '');
  if (!name.endsWith('.pdf')) return res.status(400).send('Only PDF invoices can be downloaded');
  res.setHeader('Content-Type', 'application/pdf');
  // vuln: CWE-22
  fs.createReadStream(path.join(config.invoiceDir, name)).pipe(res);
});

router.get('/invoice/:orderId', (req, res) => {
  const file = `${path.basename(String(req.params.orderId))}.pdf`;
  // safe: CWE-22
  res.sendFile(file, { root: config.invoiceDir }, (err) => {
    if (err) res.status(404).end();
  });
});

router.get('/download', (req, res) => {
  const requested = path.normalize(String(req.query.path));
  if (requested.startsWith('/var/shop/uploads/public/')) {
    // safe: CWE-22
    return res.download(requested);
  }
  return res.status(403).end();
});

router.get('/catalogue', (req, res) => {
  const requested = String(req.query.path);
  if (requested.startsWith('/var/shop/catalogue')) {
    res.type(path.extname(requested));
    // vuln: CWE-22
    return fs.createReadStream(requested).pipe(res);
  }
  return res.status(403).end();
});

module.exports = router;
