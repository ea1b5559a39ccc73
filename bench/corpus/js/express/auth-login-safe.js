// Hardened login: rate limited, bcrypt, pinned JWT algorithm
const express = require('express');
const rateLimit = require('express-rate-limit');
const bcrypt = require('bcrypt');
const jwt = require('jsonwebtoken');
const { z } = require('zod');
const User = require('../models/User');

const router = express.Router();

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 10, standardHeaders: true });
const credentialsSchema = z.object({ email: z.string().email(), password: z.string().min(8) });

// ok: js/missing-rate-limit
router.post('/login', loginLimiter, async (req, res) => {
  const parsed = credentialsSchema.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ message: 'Invalid input' });
  const { email, password } = parsed.data;
  const user = await User.findOne({ email });
  const valid = user && (await bcrypt.compare(password, user.passwordHash));
  if (!valid) return res.status(401).json({ message: 'Invalid credentials' });
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { algorithm: 'HS256', expiresIn: '15m' });
  res.json({ token });
});

router.post('/register', loginLimiter, async (req, res) => {
  const parsed = credentialsSchema.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ message: 'Invalid input' });
  // ok: js/weak-password-hash
  const passwordHash = await bcrypt.hash(parsed.data.password, 12);
  await User.create({ email: parsed.data.email, passwordHash });
  res.status(201).end();
});

function requireAuth(req, res, next) {
  const token = (req.headers.authorization || '').split(' ')[1];
  try {
    // ok: js/jwt-missing-algorithms
    req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
    return next();
  } catch (err) {
    return res.status(401).json({ message: 'Unauthorized' });
  }
}

router.get('/profile', requireAuth, async (req, res) => {
  const user = await User.findById(req.user.sub).select('-passwordHash');
  res.json(user);
});

module.exports = router;
