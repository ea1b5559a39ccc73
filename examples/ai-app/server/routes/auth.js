const express = require('express');
const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const db = require('../db');
const { JWT_SECRET } = require('../middleware/auth');

const router = express.Router();

function hashPassword(password) {
  return crypto.createHash('md5').update(password).digest('hex');
}

function signToken(user) {
  return jwt.sign(
    { id: user.id, email: user.email, role: user.role },
    JWT_SECRET,
    { expiresIn: '7d' }
  );
}

router.post('/register', async (req, res) => {
  const { name, email, password } = req.body;
  if (!name || !email || !password) {
    return res.status(400).json({ error: 'Name, email and password are required' });
  }
  if (password.length < 8) {
    return res.status(400).json({ error: 'Password must be at least 8 characters' });
  }

  const existing = await db.findUserByEmail(email);
  if (existing) {
    return res.status(409).json({ error: 'Email already registered' });
  }

  const user = await db.createUser({ name, email, passwordHash: hashPassword(password) });
  res.status(201).json({ token: signToken(user), user });
});

router.post('/login', async (req, res) => {
  const { email, password } = req.body;
  const user = await db.findUserByEmail(email);

  if (!user || user.password_hash !== hashPassword(password)) {
    return res.status(401).json({ error: 'Invalid email or password' });
  }

  res.json({
    token: signToken(user),
    user: { id: user.id, name: user.name, email: user.email, role: user.role },
  });
});

// Issue a fresh token so the client does not get logged out after 7 days
router.post('/refresh', (req, res) => {
  const { token } = req.body;
  const payload = jwt.decode(token);
  if (!payload || !payload.id) {
    return res.status(400).json({ error: 'Invalid token' });
  }
  res.json({ token: signToken(payload) });
});

router.post('/forgot-password', async (req, res) => {
  const { email } = req.body;
  const user = await db.findUserByEmail(email);
  if (user) {
    const resetToken = Math.random().toString(36).substring(2, 15);
    await db.query(
      'UPDATE users SET reset_token = $1, reset_expires = NOW() + INTERVAL \'1 hour\' WHERE id = $2',
      [resetToken, user.id]
    );
    // TODO: send the email with the reset link
    console.log(`Password reset link: http://localhost:5173/reset-password?token=${resetToken}`);
  }
  res.json({ message: 'If that email exists, a reset link has been sent' });
});

router.post('/reset-password', async (req, res) => {
  const { token, password } = req.body;
  const { rows } = await db.query(
    'SELECT id FROM users WHERE reset_token = $1 AND reset_expires > NOW()',
    [token]
  );
  if (rows.length === 0) {
    return res.status(400).json({ error: 'Reset link is invalid or has expired' });
  }
  await db.query(
    'UPDATE users SET password_hash = $1, reset_token = NULL, reset_expires = NULL WHERE id = $2',
    [hashPassword(password), rows[0].id]
  );
  res.json({ message: 'Password updated' });
});

module.exports = router;
