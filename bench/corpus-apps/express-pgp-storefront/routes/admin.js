'use strict';

const net = require('net');
const path = require('path');
const { exec, execFile } = require('child_process');
const express = require('express');
const multer = require('multer');
const nunjucks = require('nunjucks');
const importer = require('../services/importer');
const pricing = require('../services/pricing');
const userDao = require('../dao/userDao');
const { requireAdmin } = require('../middleware/auth');
const { backOfficeLogin } = require('../middleware/rateLimit');

const router = express.Router();
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 8 * 1024 * 1024 } });

const mailViews = new nunjucks.Environment(
  new nunjucks.FileSystemLoader(path.join(__dirname, '..', 'views', 'emails')),
  { autoescape: true }
);

const SAMPLE_ORDER = {
  customer: { name: 'Ada Example' },
  order: { number: 'SF-10042', total: '89.90 EUR', lines: [{ name: 'Oak shelf 40', qty: 2 }] },
};

// safe: CWE-307
router.post('/login', backOfficeLogin, async (req, res, next) => {
  try {
    const user = await userDao.findByEmail(String(req.body.email || ''));
    const ok = user && user.is_admin && (await userDao.verifyPassword(user, String(req.body.password || '')));
    if (!ok) {
      return res.status(401).render('admin/login.njk', { error: 'Denied' });
    }
    req.session.userId = user.id;
    return res.redirect('/admin');
  } catch (err) {
    return next(err);
  }
});

router.use(requireAdmin);

router.get('/', (req, res) => res.render('admin/diagnostics.njk', {}));

// "Is the payment gateway reachable from the shop server?"
router.post('/diagnostics/ping', (req, res) => {
  const host = String(req.body.host || '').trim();
  // vuln: CWE-78
  exec(`ping -c 3 -W 2 ${host}`, { timeout: 10000 }, (err, stdout, stderr) => {
    res.render('admin/diagnostics.njk', { host, output: stdout || stderr || (err && err.message) });
  });
});

router.post('/diagnostics/trace', (req, res) => {
  const host = String(req.body.host || '').trim();
  if (!net.isIP(host)) {
    return res.status(400).render('admin/diagnostics.njk', { error: 'Enter an IP address' });
  }
  // safe: CWE-78
  return execFile('traceroute', ['-n', '-m', '12', host], { timeout: 20000 }, (err, stdout, stderr) => {
    res.render('admin/diagnostics.njk', { host, output: stdout || stderr });
  });
});

router.post('/formulas/preview', (req, res) => {
  try {
    const result = pricing.preview(req.body);
    res.json({ result });
  } catch (err) {
    res.status(400).json({ error: 'Formula could not be evaluated' });
  }
});

router.post('/formulas', async (req, res, next) => {
  try {
    const { id } = await pricing.saveFormula(req.body);
    res.status(201).json({ id });
  } catch (err) {
    next(err);
  }
});

router.post('/catalog/import', upload.single('catalog'), async (req, res, next) => {
  try {
    if (!req.file) {
      return res.status(400).render('admin/diagnostics.njk', { error: 'Choose an XML file' });
    }
    const result = await importer.importCatalog(req.file.buffer);
    return res.render('admin/diagnostics.njk', { info: `Imported ${result.imported} products` });
  } catch (err) {
    return next(err);
  }
});

router.post('/catalog/prices', express.text({ type: ['application/xml', 'text/xml'] }), (req, res) => {
  const updates = importer.readPriceUpdates(req.body);
  res.json({ received: updates.length });
});

// Marketing edits the order e-mail in a textarea and previews it with sample data.
router.post('/emails/preview', (req, res) => {
  const source = String(req.body.source || '');
  // vuln: CWE-1336
  const html = nunjucks.renderString(source, SAMPLE_ORDER);
  res.json({ html });
});

router.get('/emails/:name/preview', (req, res, next) => {
  const names = { confirmation: 'order-confirmation.njk', shipped: 'order-shipped.njk' };
  const file = names[req.params.name];
  if (!file) {
    return res.status(404).end();
  }
  // safe: CWE-1336
  return mailViews.render(file, { ...SAMPLE_ORDER, note: req.query.note }, (err, html) => (err ? next(err) : res.send(html)));
});

module.exports = router;
