const express = require('express');
const crypto = require('crypto');

const router = express.Router();

function generateResetToken() {
  // ruleid: js/insecure-randomness
  return Math.random().toString(36).substring(2) + Date.now().toString(36);
}

function generateOtp() {
  // ruleid: js/insecure-randomness
  return Math.floor(100000 + Math.random() * 900000);
}

router.post('/forgot-password', async (req, res) => {
  const user = await db.users.findOne({ email: req.body.email });
  // ruleid: js/insecure-randomness
  const resetToken = Math.random().toString(36).slice(2);
  user.resetToken = resetToken;
  await user.save();
  res.json({ ok: true });
});

router.post('/login', (req, res) => {
  // ruleid: js/insecure-randomness
  res.cookie('sessionId', Math.random().toString(36).substr(2), { httpOnly: true });
  res.json({ ok: true });
});

function generatePassword(length = 12) {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$';
  let result = '';
  for (let i = 0; i < length; i++) {
    // ruleid: js/insecure-randomness
    result += chars.charAt(Math.floor(Math.random() * chars.length));
  }
  return result;
}

class InviteService {
  createInvite(teamId) {
    return {
      teamId,
      // ruleid: js/insecure-randomness
      inviteCode: Math.random().toString(36).substring(2, 10).toUpperCase(),
      createdAt: new Date(),
    };
  }
}

function createApiKey() {
  // ruleid: js/insecure-randomness
  const r = Math.random();
  const apiKey = 'sk_' + r.toString(36).slice(2) + Date.now();
  return apiKey;
}

const makeNonce = () =>
  // ruleid: js/insecure-randomness
  Math.random().toString(36).slice(2);

function makeRecoveryCodes() {
  // ruleid: js/insecure-randomness
  return Array.from({ length: 8 }, () => Math.random().toString(36).slice(2, 10));
}

router.post('/phone/verify', async (req, res) => {
  // ruleid: js/insecure-randomness
  const code = `${Math.floor(Math.random() * 1000000)}`.padStart(6, '0');
  await sms.send(req.body.phone, code);
  res.sendStatus(204);
});

// Safe look-alikes: UI, retries, sampling, games, test data, and the CSPRNG.
function retryDelay(attempt) {
  // ok: js/insecure-randomness
  return Math.min(30000, 2 ** attempt * 100) + Math.random() * 100;
}

function randomColor() {
  // ok: js/insecure-randomness
  return '#' + Math.floor(Math.random() * 0xffffff).toString(16).padStart(6, '0');
}

function shuffle(deck) {
  for (let i = deck.length - 1; i > 0; i--) {
    // ok: js/insecure-randomness
    const j = Math.floor(Math.random() * (i + 1));
    [deck[i], deck[j]] = [deck[j], deck[i]];
  }
  return deck;
}

function shouldSample() {
  // ok: js/insecure-randomness
  return Math.random() < 0.1;
}

function mockToken() {
  // ok: js/insecure-randomness
  return 'test-' + Math.random().toString(36).slice(2);
}

function secureToken() {
  // ok: js/insecure-randomness
  return crypto.randomBytes(32).toString('hex');
}

function tokenizerSeed() {
  // ok: js/insecure-randomness
  const seed = Math.random();
  return seed;
}

function keyframeOffset() {
  // ok: js/insecure-randomness
  const key = Math.random() * 10;
  return key;
}

function pickWinner(entries) {
  // ok: js/insecure-randomness
  return entries.map((e) => ({ e, r: Math.random() })).sort((a, b) => a.r - b.r)[0].e;
}

function diceCode() {
  // ok: js/insecure-randomness
  const code = Math.floor(Math.random() * 6) + 1;
  return code;
}

// A helper closure whose answers make up what the function returns: the function's name says what they are.
function inviteCode() {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const pick = () => chars.charAt(Math.floor(Math.random() * chars.length));
  // ruleid: js/insecure-randomness
  return `${pick()}${pick()}${pick()}-${pick()}${pick()}${pick()}`;
}

// The helper only chooses an e-mail template; the code itself comes from the CSPRNG.
function inviteCodeEmail(user, templates) {
  // ok: js/insecure-randomness
  const pick = () => Math.floor(Math.random() * templates.length);
  const template = templates[pick()];
  return { to: user.email, code: crypto.randomBytes(4).toString('hex'), template };
}

// A code of letters and digits someone reads out or types in: guessable from earlier codes.
function openShift(site) {
  // ruleid: js/insecure-randomness
  const shiftCode = Math.random().toString(36).substring(2, 8).toUpperCase();
  return { site, shiftCode };
}

// Codes that describe something rather than let someone in, and a random string that is no code.
function fakeSku(product) {
  // ok: js/insecure-randomness
  const productCode = Math.random().toString(36).slice(2, 8);
  // ok: js/insecure-randomness
  const errorCode = `E-${Math.random().toString(16).slice(2, 6)}`;
  // ok: js/insecure-randomness
  const elementSuffix = Math.random().toString(36).slice(2);
  return { product, productCode, errorCode, elementSuffix };
}

module.exports = { openShift, fakeSku, inviteCode, inviteCodeEmail, makeRecoveryCodes, pickWinner, diceCode, router, generateResetToken, generateOtp, generatePassword, InviteService, createApiKey, makeNonce, retryDelay, randomColor, shuffle, shouldSample, mockToken, secureToken, tokenizerSeed, keyframeOffset };
