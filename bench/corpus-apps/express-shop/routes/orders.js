'use strict';

const express = require('express');
const mongoose = require('mongoose');
const Order = require('../models/order');
const { validateAddress } = require('../middleware/validate');

const router = express.Router();

function requireLogin(req, res, next) {
  if (!req.session.userId) return res.redirect(`/auth/login?returnTo=${encodeURIComponent(req.originalUrl)}`);
  return next();
}

router.use(requireLogin);

router.get('/', async (req, res) => {
  // vuln: CWE-943
  const orders = await Order.find({ user: req.session.userId, status: req.query.status }).sort('-createdAt');
  res.render('orders', { orders });
});

router.get('/recent', async (req, res) => {
  const status = typeof req.query.status === 'string' ? req.query.status : 'placed';
  // safe: CWE-943
  const orders = await Order.find({ user: req.session.userId, status }).sort('-createdAt').limit(10);
  res.json(orders);
});

router.post('/note', async (req, res) => {
  const { id, note } = req.body;
  // vuln: CWE-943
  await Order.updateOne({ _id: id, user: req.session.userId }, { $set: { note: String(note) } });
  res.redirect('/orders');
});

router.post('/cancel', async (req, res) => {
  if (!mongoose.isValidObjectId(req.body.id)) return res.status(400).send('bad id');
  // safe: CWE-943
  await Order.updateOne({ _id: String(req.body.id), user: req.session.userId }, { $set: { status: 'cancelled' } });
  return res.redirect('/orders');
});

router.post('/coupon', async (req, res) => {
  // vuln: CWE-943
  const order = await Order.findOne({ couponCode: req.body.code, status: 'cart' });
  if (!order) return res.status(404).json({ error: 'unknown coupon' });
  return res.json({ discount: 10 });
});

router.post('/address', validateAddress, async (req, res) => {
  await Order.updateOne({ user: req.session.userId, status: 'cart' }, { $set: { address: req.body.street } });
  res.redirect('/orders');
});

module.exports = router;
