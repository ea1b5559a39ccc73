'use strict';

const path = require('path');
const express = require('express');
const config = require('../config');
const orderDao = require('../dao/orderDao');
const { requireUser } = require('../middleware/auth');

const router = express.Router();

const SPEC_SHEETS_DIR = path.join(config.manualsDir, 'spec-sheets');

// Assembly manuals linked from product pages: /files/manuals/shelf-40.pdf
router.get('/manuals/:name', (req, res, next) => {
  // safe: CWE-22
  res.sendFile(req.params.name, { root: config.manualsDir, dotfiles: 'deny' }, (err) => {
    if (err) {
      next(err.status === 404 ? undefined : err);
    }
  });
});

// Spec sheets are grouped by supplier: /files/spec?sheet=acme/shelf-40.pdf
router.get('/spec', (req, res) => {
  const sheet = String(req.query.sheet || '');
  if (!sheet.endsWith('.pdf')) {
    return res.status(400).send('PDF spec sheets only');
  }
  // vuln: CWE-22
  return res.download(path.join(SPEC_SHEETS_DIR, sheet), path.basename(sheet));
});

router.get('/invoices/:orderId', requireUser, async (req, res, next) => {
  try {
    const row = await orderDao.findInvoiceFile(req.user.id, Number.parseInt(req.params.orderId, 10));
    if (!row || !row.invoice_file) {
      return res.status(404).render('error', { message: 'No invoice for this order yet' });
    }
    return res.download(path.join(config.invoiceDir, path.basename(row.invoice_file)));
  } catch (err) {
    return next(err);
  }
});

module.exports = router;
