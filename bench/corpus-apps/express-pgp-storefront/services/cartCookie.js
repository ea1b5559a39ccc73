'use strict';

const nodeSerialize = require('node-serialize');
const serializeJs = require('serialize-javascript');

const CART_COOKIE = 'sf_cart';
const RECENT_COOKIE = 'sf_recent';

function emptyCart() {
  return { lines: [], coupon: null, options: {} };
}

// The cart lives in a cookie so that anonymous visitors keep it across visits.
exports.readCart = (req) => {
  const raw = req.cookies[CART_COOKIE];
  if (!raw) {
    return emptyCart();
  }
  try {
    const text = Buffer.from(raw, 'base64').toString('utf8');
    // vuln: CWE-502
    const cart = nodeSerialize.unserialize(text);
    return cart && Array.isArray(cart.lines) ? cart : emptyCart();
  } catch (e) {
    return emptyCart();
  }
};

exports.writeCart = (res, cart) => {
  const text = nodeSerialize.serialize(cart);
  res.cookie(CART_COOKIE, Buffer.from(text).toString('base64'), {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production',
    maxAge: 30 * 24 * 3600 * 1000,
  });
};

exports.readRecent = (req) => {
  try {
    // safe: CWE-502
    const ids = JSON.parse(req.cookies[RECENT_COOKIE] || '[]');
    return Array.isArray(ids) ? ids.filter((id) => Number.isInteger(id)).slice(0, 10) : [];
  } catch (e) {
    return [];
  }
};

exports.rememberProduct = (req, res, productId) => {
  const ids = [productId, ...exports.readRecent(req).filter((id) => id !== productId)].slice(0, 10);
  res.cookie(RECENT_COOKIE, JSON.stringify(ids), { httpOnly: true, sameSite: 'lax' });
};

// State handed to the client-side mini cart, embedded in a <script> block.
exports.clientState = (cart) =>
  // safe: CWE-79
  serializeJs({ lines: cart.lines, coupon: cart.coupon }, { isJSON: true });
