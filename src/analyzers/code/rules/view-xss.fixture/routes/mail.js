// Request data and stored rows handed to an e-mail service that renders them into the template the
// call names (services/mailer.js): reported in that template, not in the service's other templates.
const express = require('express');
const { Mailer } = require('../services/mailer');
const { Shipment } = require('../models');

const router = express.Router();
const mailer = new Mailer(require('../lib/transport'));

router.post('/orders', async (req, res) => {
  await mailer.send(req.body.email, 'receipt', { customer: req.body.name, note: req.body.note });
  await mailer.send('ops@example.com', 'digest', { note: '<b>new order</b>' });
  res.json({ ok: true });
});

// Objection's patchAndFetchById returns the stored row: the recipient typed it at checkout.
router.post('/shipments/:id/ship', async (req, res) => {
  const shipment = await Shipment.query().patchAndFetchById(Number(req.params.id), { status: 'shipped' });
  await mailer.send(shipment.email, 'shipped', { recipient: shipment.recipientName, parcelId: shipment.parcelId });
  res.json({ ok: true });
});

module.exports = router;
