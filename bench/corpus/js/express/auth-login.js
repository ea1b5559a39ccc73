// Authentication routes generated for a small SaaS dashboard
const express = require('express');
const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const User = require('../models/User');

const app = express();
app.use(express.json());

const TOKEN_SECRET = process.env.TOKEN_SECRET;

// ruleid: js/missing-rate-limit
app.post('/api/login', async (req, res) => {
  const { email, password } = req.body;
  const user = await User.findOne({ email: String(email) });
  // ruleid: js/weak-password-hash
  const hashed = crypto.createHash('sha1').update(password).digest('hex');
  if (!user || user.password !== hashed) {
    return res.status(401).json({ message: 'Invalid credentials' });
  }
  const token = jwt.sign({ sub: user.id, role: user.role }, TOKEN_SECRET, { expiresIn: '1h' });
  res.json({ token });
});

app.post('/api/signup', async (req, res) => {
  const { email, password } = req.body;
  // ruleid: js/weak-password-hash
  const passwordHash = crypto.createHash('md5').update(password).digest('hex');
  const user = await User.create({ email: String(email), password: passwordHash });
  res.status(201).json({ id: user.id });
});

// Safe: content hash for cache busting, not a password
app.get('/api/avatar/:userId', async (req, res) => {
  const user = await User.findById(String(req.params.userId));
  // ok: js/weak-password-hash
  const etag = crypto.createHash('md5').update(user.avatarUrl).digest('hex');
  res.set('ETag', etag).json({ url: user.avatarUrl });
});

app.get('/api/me', async (req, res) => {
  const header = req.headers.authorization || '';
  const token = header.replace('Bearer ', '');
  try {
    // ruleid: js/jwt-missing-algorithms
    const payload = jwt.verify(token, TOKEN_SECRET);
    const user = await User.findById(String(payload.sub));
    res.json(user);
  } catch (e) {
    res.status(401).json({ message: 'Unauthorized' });
  }
});

module.exports = app;
