'use strict';

const express = require('express');
const productDao = require('../dao/productDao');
const orderDao = require('../dao/orderDao');
const pricing = require('../services/pricing');
const webhooks = require('../services/webhooks');
const cartCookie = require('../services/cartCookie');
const { requireUser } = require('../middleware/auth');

const router = express.Router();

const ENGRAVING_FIELDS = new Set(['text', 'font', 'position']);

// Coupon codes printed on flyers: blocks of letters/digits joined by dashes.
const COUPON_SHAPE = /^([A-Z0-9]+-?)+$/;
const GIFT_CARD_SHAPE = /^GC-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/;

// Selections look like { colour: { frame: 'oak' }, size: { width: '40' } }.
function applySelections(target, selections) {
  for (const [group, values] of Object.entries(selections || {})) {
    if (!target[group]) {
      target[group] = {};
    }
    for (const [key, value] of Object.entries(values || {})) {
      // vuln: CWE-1321
      target[group][key] = value;
    }
  }
  return target;
}

function readEngraving(body) {
  const engraving = Object.create(null);
  for (const field of Object.keys(body || {})) {
    if (ENGRAVING_FIELDS.has(field)) {
      // safe: CWE-1321
      engraving[field] = String(body[field]).slice(0, 40);
    }
  }
  return engraving;
}

router.get('/', (req, res) => {
  const cart = cartCookie.readCart(req);
  res.render('cart.njk', { cart, clientState: cartCookie.clientState(cart) });
});

router.post('/lines', async (req, res, next) => {
  try {
    const product = await productDao.findBySku(String(req.body.sku || ''));
    if (!product) {
      return res.status(404).json({ error: 'unknown product' });
    }
    const cart = cartCookie.readCart(req);
    const qty = Math.max(1, Math.min(99, Number.parseInt(req.body.qty, 10) || 1));
    const unitCents = await pricing.priceFor(product, qty);
    cart.lines.push({ sku: product.sku, name: product.name, qty, unitCents });
    cartCookie.writeCart(res, cart);
    return res.redirect('/cart');
  } catch (err) {
    return next(err);
  }
});

router.post('/options', (req, res) => {
  const cart = cartCookie.readCart(req);
  cart.options = applySelections(cart.options || {}, req.body.selections);
  cart.engraving = readEngraving(req.body.engraving);
  cartCookie.writeCart(res, cart);
  res.json({ options: cart.options, engraving: cart.engraving });
});

router.post('/coupon', (req, res) => {
  const code = String(req.body.code || '').toUpperCase();
  const cart = cartCookie.readCart(req);
  // safe: CWE-1333
  const isGiftCard = GIFT_CARD_SHAPE.test(code);
  // vuln: CWE-1333
  const isCoupon = !isGiftCard && COUPON_SHAPE.test(code);
  if (isGiftCard) {
    cart.giftCard = code;
  } else if (isCoupon) {
    cart.coupon = code;
  } else {
    return res.status(400).json({ error: 'That does not look like a coupon code' });
  }
  cartCookie.writeCart(res, cart);
  return res.json({ ok: true });
});

// Checkout page posts the quantities the customer confirmed.
router.post('/checkout', requireUser, async (req, res, next) => {
  try {
    const cart = cartCookie.readCart(req);
    const confirmed = Array.isArray(req.body.lines) ? req.body.lines : [];
    const lines = cart.lines.map((line, i) => ({
      sku: line.sku,
      unitCents: line.unitCents,
      qty: confirmed[i] && confirmed[i].qty !== undefined ? confirmed[i].qty : line.qty,
    }));
    const total = lines.reduce((sum, l) => sum + l.unitCents * Number(l.qty), 0);
    const order = await orderDao.place(req.user.id, lines, total);
    await webhooks.orderPlaced({ id: order.id, number: order.number, total });
    cartCookie.writeCart(res, { lines: [], coupon: null, options: {} });
    res.redirect(`/account?placed=${encodeURIComponent(order.number)}`);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
