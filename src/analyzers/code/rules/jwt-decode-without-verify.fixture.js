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

// The claims reach the decision through a variable, destructuring, a later assignment or a return.
function verifyToken(t) {
  // ruleid: js/jwt-decode-without-verify
  const decoded = jwt.decode(t);
  return decoded.userId;
}

function hasRole(t, wanted) {
  // ruleid: js/jwt-decode-without-verify
  const decoded = jwt.decode(t);
  const claims = decoded;
  const { role } = claims;
  return role === wanted;
}

function readClaims(raw) {
  // ruleid: js/jwt-decode-without-verify
  const payload = jwt.decode(raw);
  return payload;
}

function adminOnly(req, res, next) {
  const user = readClaims(req.headers.authorization);
  if (!user || user.role !== 'admin') return res.sendStatus(403);
  next();
}

function notExpired(t) {
  let decoded;
  // ruleid: js/jwt-decode-without-verify
  decoded = jwt.decode(t);
  if (decoded.exp * 1000 < Date.now()) throw new Error('expired');
  return true;
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

function shapeOf(t) {
  // ok: js/jwt-decode-without-verify
  const payload = jwt.decode(t);
  const summary = payload;
  return summary;
}

function auditLine(t, logger) {
  const shape = shapeOf(t);
  logger.info({ keys: Object.keys(shape || {}) }, 'token shape');
}

function tokenAlgorithm(t) {
  // ok: js/jwt-decode-without-verify
  const full = jwt.decode(t, { complete: true });
  const alg = full.header.alg;
  return alg;
}

// next-auth style: `jwt` is the session options object, whose decode() decrypts a JWE with the secret.
async function sessionFromCookie(req, options) {
  const { jwt: jwtOptions } = options;
  const jwtConfig = { ...jwtOptions, secret: options.secret };
  // ok: js/jwt-decode-without-verify
  req.user = await jwtConfig.decode({ ...jwtConfig, token: req.cookies.session });
  return req.user;
}

async function sessionFromHeader(req, jwt) {
  // ok: js/jwt-decode-without-verify
  const session = await jwt.decode({ token: req.headers['x-session'], secret: process.env.NEXTAUTH_SECRET });
  if (session) req.user = session.user;
}

module.exports = { router, authMiddleware, requireAdmin, getUserFromToken, isAdminToken, keyIdOf, headerOf, logTokenShape, verifyToken, hasRole, adminOnly, notExpired, auditLine, tokenAlgorithm, sessionFromCookie, sessionFromHeader };
