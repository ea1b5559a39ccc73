// Webhooks: a body whose HMAC signature checks out comes from the sender holding the secret.
const express = require('express');
const crypto = require('crypto');
const { MongoClient } = require('mongodb');

const app = express();
const orders = new MongoClient(process.env.MONGO_URL).db('shop').collection('orders');

app.post('/hooks/payment', express.text({ type: '*/*' }), async (req, res) => {
  const raw = req.body;
  const given = Buffer.from(req.get('x-signature') || '', 'hex');
  const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(raw).digest();
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return res.sendStatus(401);
  const event = JSON.parse(raw);
  // ok: js/nosql-injection
  await orders.updateOne({ _id: event.orderId }, { $set: { paid: true } });
  res.sendStatus(204);
});

app.post('/hooks/refund', express.text({ type: '*/*' }), async (req, res) => {
  const raw = req.body;
  // The signature is compared with the wrong data: the body itself is never authenticated.
  const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(req.get('x-request-id') || '').digest('hex');
  if (!crypto.timingSafeEqual(Buffer.from(req.get('x-signature') || ''), Buffer.from(expected))) return res.sendStatus(401);
  const event = JSON.parse(raw);
  // ruleid: js/nosql-injection
  await orders.updateOne({ _id: event.orderId }, { $set: { refunded: true } });
  res.sendStatus(204);
});

module.exports = app;
