'use strict';

const express = require('express');
const { Contact } = require('../models');
const { sha1 } = require('../lib/hash');

const router = express.Router();
const PHONE = /^(\+?\d+[\s-]?)+$/;
const PHONE_STRICT = /^\+?\d{1,3}(?:[\s-]?\d{2,4}){2,5}$/;

router.get('/:id', async (req, res) => {
  const contact = await Contact.findById(req.params.id).lean();
  if (!contact) return res.status(404).end();
  // safe: CWE-916
  res.set('ETag', sha1(JSON.stringify(contact)));
  res.json(contact);
});

router.post('/', async (req, res) => {
  const { name, email, phone } = req.body;
  // vuln: CWE-1333
  if (phone && !PHONE.test(phone)) return res.status(400).json({ error: 'phone' });
  const contact = await Contact.create({ name: String(name), email: String(email), phone, owner: req.user.email });
  res.status(201).json(contact);
});

router.put('/:id/phone', async (req, res) => {
  const phone = String(req.body.phone ?? '');
  // safe: CWE-1333
  if (phone.length > 32 || !PHONE_STRICT.test(phone)) return res.status(400).json({ error: 'phone' });
  await Contact.updateOne({ _id: req.params.id, owner: req.user.email }, { $set: { phone } });
  res.status(204).end();
});

// Bulk "move to stage" from the board view.
router.post('/stage', async (req, res) => {
  // vuln: CWE-943
  await Contact.update({ _id: req.body.ids, owner: req.user.email }, { $set: { stage: req.body.stage } }, { multi: true });
  res.status(204).end();
});

router.post('/archive', async (req, res) => {
  const ids = [].concat(req.body.ids ?? []).map(String);
  // safe: CWE-943
  await Contact.updateMany({ _id: { $in: ids }, owner: req.user.email }, { $set: { archived: true } });
  res.status(204).end();
});

module.exports = router;
