const crypto = require('crypto');
const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const cookieSession = require('cookie-session');

const app = express();

// ruleid: js/hardcoded-key
app.use(cookieParser('9f8e7d6c5b4a-shop-cookies'));
// ok: js/hardcoded-key
app.use(cookieParser(process.env.COOKIE_SECRET));

app.use(session({
  // ruleid: js/hardcoded-key
  secret: 'keyboard cat',
  resave: false,
  saveUninitialized: false,
}));
// ok: js/hardcoded-key
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.use(cookieSession({
  name: 'cms',
  // ruleid: js/hardcoded-key
  keys: ['c0ffee-cms-key-1', 'c0ffee-cms-key-2'],
}));
// ok: js/hardcoded-key
app.use(cookieSession({ name: 'cms', keys: [process.env.COOKIE_KEY_CURRENT, process.env.COOKIE_KEY_PREVIOUS] }));

// The argument is a key whatever the constant is called.
// ruleid: js/hardcoded-key
const SHARE = Buffer.from('6f1c2b9a8e7d6c5b4a39281706f5e4d3', 'utf8');
function encryptShareId(id, iv) {
  const cipher = crypto.createCipheriv('aes-256-cbc', SHARE, iv);
  return Buffer.concat([cipher.update(String(id)), cipher.final()]).toString('base64url');
}

function webhookSignature(body) {
  // ruleid: js/hardcoded-key
  return crypto.createHmac('sha256', 'whsec_5f2a9c0e7b').update(body).digest('hex');
}

function verifyInbound(body, signature) {
  // ok: js/hardcoded-key
  const expected = crypto.createHmac('sha256', process.env.INBOUND_WEBHOOK_SECRET ?? '').update(body).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}

// ruleid: js/hardcoded-key
const DERIVED = crypto.scryptSync('correct horse battery staple', 'salt', 32);
function encryptNote(text, iv) {
  const c = crypto.createCipheriv('aes-256-gcm', DERIVED, iv);
  return Buffer.concat([c.update(text), c.final()]);
}

function checksum(data) {
  // ok: js/hardcoded-key
  return crypto.createHash('sha256').update(data).digest('hex');
}

module.exports = { app, encryptShareId, webhookSignature, verifyInbound, encryptNote, checksum };
