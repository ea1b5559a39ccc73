const jwt = require('jsonwebtoken');
const { verify } = require('jsonwebtoken');
const { expressjwt } = require('express-jwt');
const fs = require('fs');

const publicKey = fs.readFileSync('public.pem');
const VERIFY_OPTIONS = { algorithms: ['RS256'], issuer: 'auth.example.com' };
const LOOSE_OPTIONS = { issuer: 'auth.example.com' };

function requireAuth(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
  if (!token) return res.sendStatus(401);
  try {
    // ruleid: js/jwt-missing-algorithms
    req.user = jwt.verify(token, process.env.JWT_SECRET);
    next();
  } catch {
    res.sendStatus(401);
  }
}

function requireAuthCallback(req, res, next) {
  // ruleid: js/jwt-missing-algorithms
  jwt.verify(req.cookies.token, publicKey, (err, user) => {
    if (err) return res.sendStatus(403);
    req.user = user;
    next();
  });
}

function requireAuthOptions(req, res, next) {
  // ruleid: js/jwt-missing-algorithms
  req.user = verify(req.cookies.token, publicKey, { issuer: 'auth.example.com', audience: 'api' });
  next();
}

function requireAuthNamedOptions(req, res, next) {
  // ruleid: js/jwt-missing-algorithms
  req.user = jwt.verify(req.cookies.token, publicKey, LOOSE_OPTIONS);
  next();
}

// ruleid: js/jwt-missing-algorithms
const apiAuth = expressjwt({ secret: process.env.JWT_SECRET });

// Safe look-alikes
function requireAuthPinned(req, res, next) {
  // ok: js/jwt-missing-algorithms
  req.user = jwt.verify(req.cookies.token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
  next();
}

function requireAuthConstOptions(req, res, next) {
  // ok: js/jwt-missing-algorithms
  req.user = jwt.verify(req.cookies.token, publicKey, VERIFY_OPTIONS);
  next();
}

function requireAuthSharedOptions(req, res, next, sharedOptions) {
  // ok: js/jwt-missing-algorithms
  req.user = jwt.verify(req.cookies.token, publicKey, { ...sharedOptions, audience: 'api' });
  next();
}

function requireAuthUnknownOptions(req, res, next, options) {
  // ok: js/jwt-missing-algorithms
  req.user = jwt.verify(req.cookies.token, publicKey, options);
  next();
}

// ok: js/jwt-missing-algorithms
const apiAuthPinned = expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] });

// A verify() that is not jsonwebtoken's.
function checkSignature(data, signature, key) {
  const crypto = require('crypto');
  // ok: js/jwt-missing-algorithms
  return crypto.verify('sha256', data, key, signature);
}

// A missing key is js/jwt-none-algorithm, not this rule.
function noKey(token) {
  // ok: js/jwt-missing-algorithms
  return jwt.verify(token, null);
}

module.exports = { requireAuth, requireAuthCallback, requireAuthOptions, requireAuthNamedOptions, apiAuth, requireAuthPinned, requireAuthConstOptions, requireAuthSharedOptions, requireAuthUnknownOptions, apiAuthPinned, checkSignature, noKey };
