// Server-side code that trusts decoded claims; this file never verifies a signature.
const express = require('express');
const jwt = require('jsonwebtoken');
const { jwtDecode } = require('jwt-decode');
const User = require('./models/user');

const router = express.Router();

function authMiddleware(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
  if (!token) return res.status(401).json({ message: 'No token' });
  // ruleid: js/jwt-decode-without-verify
  req.user = jwt.decode(token);
  next();
}

function requireAdmin(req, res, next) {
  // ruleid: js/jwt-decode-without-verify
  const decoded = jwt.decode(req.cookies.token);
  if (!decoded || decoded.role !== 'admin') return res.sendStatus(403);
  next();
}

router.get('/me', async (req, res) => {
  const token = req.headers.authorization.replace('Bearer ', '');
  // ruleid: js/jwt-decode-without-verify
  const { userId } = jwtDecode(token);
  const user = await User.findById(userId);
  res.json(user);
});

function getUserFromToken(token) {
  // ruleid: js/jwt-decode-without-verify
  return jwt.decode(token);
}

exports.handler = async (event) => {
  // ruleid: js/jwt-decode-without-verify
  const claims = jwt.decode(event.headers.Authorization);
  return { statusCode: 200, body: JSON.stringify({ tenant: claims.tenantId }) };
};

function isAdminToken(token) {
  // ruleid: js/jwt-decode-without-verify
  return jwt.decode(token)?.role === 'admin';
}

// Safe look-alikes: header-only reads, logging, and claims that gate nothing.
function keyIdOf(token) {
  // ok: js/jwt-decode-without-verify
  return jwt.decode(token, { complete: true }).header.kid;
}

function headerOf(token) {
  // ok: js/jwt-decode-without-verify
  const { header } = jwt.decode(token, { complete: true });
  return header.alg;
}

function logTokenShape(token, logger) {
  // ok: js/jwt-decode-without-verify
  const payload = jwt.decode(token);
  logger.debug({ claims: Object.keys(payload || {}) }, 'received token');
}

module.exports = { router, authMiddleware, requireAdmin, getUserFromToken, isAdminToken, keyIdOf, headerOf, logTokenShape };
