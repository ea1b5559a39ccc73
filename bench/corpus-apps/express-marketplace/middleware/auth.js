const jwt = require('jsonwebtoken');
const { verifyAccessToken } = require('../lib/tokens');
const { User } = require('../models');

function bearer(req) {
  const header = req.get('authorization') || '';
  if (header.startsWith('Bearer ')) return header.slice(7);
  return req.cookies && req.cookies.mk_token;
}

async function requireAuth(req, res, next) {
  const token = bearer(req);
  if (!token) return res.status(401).json({ error: 'authentication required' });
  try {
    const claims = verifyAccessToken(token);
    const user = await User.findByPk(Number(claims.sub));
    if (!user) return res.status(401).json({ error: 'unknown user' });
    req.user = user;
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
}

/**
 * Storefront pages personalise (saved items, "your shop" link) when a token is
 * present but never require it, so a cheap decode is enough here.
 */
async function attachUser(req, res, next) {
  const token = bearer(req);
  if (!token) return next();
  // vuln: CWE-347
  const claims = jwt.decode(token);
  if (claims && claims.sub) {
    req.user = await User.findByPk(Number(claims.sub));
    res.locals.currentUser = req.user;
  }
  return next();
}

function requireRole(...roles) {
  return (req, res, next) => {
    if (!req.user || !roles.includes(req.user.role)) {
      return res.status(403).json({ error: 'forbidden' });
    }
    return next();
  };
}

module.exports = { requireAuth, attachUser, requireRole };
