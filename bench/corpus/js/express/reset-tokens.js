// Password reset + invite codes
const express = require('express');
const crypto = require('crypto');
const { v4: uuidv4 } = require('uuid');
const db = require('./db');
const mailer = require('./mailer');

const router = express.Router();

function generateToken(length = 32) {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let token = '';
  for (let i = 0; i < length; i++) {
    // ruleid: js/insecure-randomness
    token += chars.charAt(Math.floor(Math.random() * chars.length));
  }
  return token;
}

router.post('/forgot', async (req, res) => {
  const user = await db.users.findByEmail(String(req.body.email));
  if (user) {
    const token = generateToken();
    await db.resetTokens.insert({ userId: user.id, token, expiresAt: Date.now() + 3600_000 });
    await mailer.sendReset(user.email, token);
  }
  res.json({ ok: true });
});

router.post('/invites', async (req, res) => {
  // ruleid: js/insecure-randomness
  const inviteCode = Math.random().toString(36).slice(2, 10).toUpperCase();
  await db.invites.insert({ code: inviteCode, teamId: req.user.teamId });
  res.json({ inviteCode });
});

router.post('/otp', async (req, res) => {
  // ruleid: js/insecure-randomness
  const otp = Math.floor(100000 + Math.random() * 900000);
  await db.otps.insert({ userId: req.user.id, otp });
  res.json({ sent: true });
});

router.post('/v2/forgot', async (req, res) => {
  // ok: js/insecure-randomness
  const token = crypto.randomBytes(32).toString('hex');
  await db.resetTokens.insert({ email: String(req.body.email), token });
  res.json({ ok: true });
});

router.post('/v2/otp', async (req, res) => {
  // ok: js/insecure-randomness
  const otp = crypto.randomInt(100000, 1000000);
  await db.otps.insert({ userId: req.user.id, otp });
  res.json({ sent: true });
});

router.get('/banner', (req, res) => {
  const banners = ['spring.png', 'summer.png', 'autumn.png'];
  // ok: js/insecure-randomness
  const pick = banners[Math.floor(Math.random() * banners.length)];
  res.json({ banner: pick, requestId: uuidv4() });
});

module.exports = router;
