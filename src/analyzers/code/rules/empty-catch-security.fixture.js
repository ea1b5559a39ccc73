const express = require('express');
const jwt = require('jsonwebtoken');
const bcrypt = require('bcrypt');
const crypto = require('crypto');
const fs = require('fs/promises');
const Stripe = require('stripe');
const { SignedXml } = require('xml-crypto');
const { verifyToken, checkPermission, validateSession } = require('./auth');

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const router = express.Router();

// --- the middleware that lets everyone through ---
function authenticate(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
    // ruleid: js/empty-catch-security
  } catch (err) {
    // invalid token: ignore
  }
  next();
}

function optionalAuthLogged(req, res, next) {
  try {
    const payload = jwt.verify(req.cookies.session, process.env.JWT_SECRET);
    req.userId = payload.sub;
  // ruleid: js/empty-catch-security
  } catch (e) {
    console.error('jwt verification failed', e.message);
  }
  next();
}

router.post('/login', async (req, res) => {
  const user = await db.users.findOne({ email: req.body.email });
  try {
    await bcrypt.compare(req.body.password, user.passwordHash);
  // ruleid: js/empty-catch-security
  } catch {}
  req.session.userId = user.id;
  res.json({ ok: true });
});

async function deleteProject(req, res) {
  try {
    await checkPermission(req.user, 'project:delete', req.params.id);
  // ruleid: js/empty-catch-security
  } catch (err) {}
  await db.projects.delete(req.params.id);
  res.sendStatus(204);
}

function verifyWebhook(req, res) {
  const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(req.rawBody).digest();
  const given = Buffer.from(req.get('x-signature') || '', 'hex');
  try {
    crypto.timingSafeEqual(expected, given);
  // ruleid: js/empty-catch-security
  } catch (err) {
  }
  handleEvent(JSON.parse(req.rawBody));
  res.sendStatus(200);
}

router.post('/stripe/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  let event = JSON.parse(req.body);
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  // ruleid: js/empty-catch-security
  } catch (err) {
    console.log(`Webhook signature verification failed: ${err.message}`);
  }
  fulfil(event);
  res.json({ received: true });
});

function socketAuth(socket, next) {
  verifyToken(socket.handshake.auth.token)
    .then((user) => { socket.data.user = user; })
    // ruleid: js/empty-catch-security
    .catch(() => {});
  next();
}

async function loadSession(req) {
  // ruleid: js/empty-catch-security
  await validateSession(req.cookies.sid).catch((err) => { console.warn(err); });
  return db.sessions.find(req.cookies.sid);
}

// --- safe: the failure stops the request ---
function requireAuth(req, res, next) {
  try {
    req.user = jwt.verify(req.cookies.token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
  // ok: js/empty-catch-security
  } catch (err) {
    return res.status(401).json({ error: 'invalid or expired token' });
  }
  next();
}

function requireAuthNext(req, res, next) {
  try {
    req.user = jwt.verify(req.cookies.token, process.env.JWT_SECRET);
    next();
  // ok: js/empty-catch-security
  } catch (err) {
    next(err);
  }
}

// --- safe: undefined on failure, checked by the caller ---
function decodeOrNull(token) {
  try {
    return jwt.verify(token, process.env.JWT_SECRET);
  // ok: js/empty-catch-security
  } catch {}
}

async function currentUser(req, res, next) {
  let claims;
  try {
    claims = jwt.verify(req.cookies.token, process.env.JWT_SECRET);
  // ok: js/empty-catch-security
  } catch (err) {}
  if (!claims) return res.sendStatus(401);
  req.user = await db.users.findById(claims.sub);
  next();
}

async function apiKeyAuth(req, res, next) {
  const principal = await verifyToken(req.get('x-api-key')).catch(() => {});
  // ok: js/empty-catch-security
  if (!principal) return res.sendStatus(401);
  req.principal = principal;
  next();
}

// A default of "allowed" survives the failure: fail-open.
async function passwordMatches(user, password) {
  let ok = true;
  try {
    ok = await bcrypt.compare(password, user.passwordHash);
  // ruleid: js/empty-catch-security
  } catch (err) {
  }
  return ok;
}

// A default of "denied" survives the failure: fail-closed.
const authorizer = async (event) => {
  let effect = 'Deny';
  let principalId = 'anonymous';
  try {
    const claims = jwt.verify(event.authorizationToken, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'] });
    principalId = claims.sub;
    effect = 'Allow';
  // ok: js/empty-catch-security
  } catch (err) {
    console.log('token rejected');
  }
  return { principalId, policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: event.methodArn }] } };
};

// --- safe: nothing security-related in the try ---
function readOptionalConfig(text) {
  let config = {};
  try {
    config = JSON.parse(text);
  // ok: js/empty-catch-security
  } catch {}
  return config;
}

async function cleanup(tmpFile) {
  try {
    await fs.unlink(tmpFile);
  // ok: js/empty-catch-security
  } catch (err) {}
}

let hasNativeCrypto = false;
try {
  require.resolve('bcrypt');
  hasNativeCrypto = true;
// ok: js/empty-catch-security
} catch (e) {}

function trackLogin(userId) {
  // ok: js/empty-catch-security
  analytics.track({ userId, event: 'login' }).catch(() => {});
}

function hashFile(buf) {
  try {
    return crypto.createHash('sha256').update(buf).digest('hex');
  // ok: js/empty-catch-security
  } catch (e) {}
}

// Only keys whose signature verifies are counted; the count is checked after the loop.
function verifyThreshold(metadata, keys, threshold) {
  const signers = new Set();
  for (const key of keys) {
    try {
      key.verifySignature(metadata);
      signers.add(key.keyID);
    // ok: js/empty-catch-security
    } catch (error) {
      // try the next key
    }
  }
  if (signers.size < threshold) throw new Error('not enough signatures');
}

// Something after the check, but nothing that records it: a failure still goes on as a pass.
function verifyAndLog(req, res, next) {
  try {
    jwt.verify(req.headers.authorization, process.env.JWT_SECRET);
    console.log('token ok');
  // ruleid: js/empty-catch-security
  } catch (err) {}
  next();
}

// Fails closed: each candidate signature is tried, and running out of candidates throws.
async function verifyAny(candidates, key) {
  for (const candidate of candidates)
    try {
      const [payload] = await verifySignature(candidate, key);
      return payload;
    // ok: js/empty-catch-security
    } catch {
    }
  throw new Error('signature verification failed');
}

function decryptChecked(tag, expectedTag, decipher, data) {
  try {
    if (crypto.timingSafeEqual(tag, expectedTag)) return Buffer.concat([decipher.update(data), decipher.final()]);
  // ok: js/empty-catch-security
  } catch {
  }
  throw new Error('decryption failed');
}

// Fails closed: a signature that does not verify (or throws) leads to the next one, and running
// out of signatures returns false.
function someSignatureValid(signatures, xml, cert) {
  for (const signature of signatures) {
    const sig = new SignedXml({ publicCert: cert });
    sig.loadSignature(signature);
    try {
      if (sig.checkSignature(xml)) return true;
    // ok: js/empty-catch-security
    } catch (err) {
      // try the next signature
    }
  }
  return false;
}

// What follows the swallowed failure returns "yes".
function tokenAccepted(token, key) {
  try {
    verifyToken(token, key);
  // ruleid: js/empty-catch-security
  } catch (err) {
  }
  return true;
}

// A throw somewhere later is not what a failure runs next.
async function verifyAnyThenContinue(candidates, key, req, next) {
  for (const candidate of candidates) {
    try {
      req.user = await verifySignature(candidate, key);
    // ruleid: js/empty-catch-security
    } catch {}
    next();
  }
  throw new Error('unreachable in practice');
}

module.exports = { someSignatureValid, tokenAccepted, verifyAny, decryptChecked, verifyAnyThenContinue, verifyThreshold, verifyAndLog, passwordMatches, authorizer, router, authenticate, optionalAuthLogged, deleteProject, verifyWebhook, socketAuth, loadSession, requireAuth, requireAuthNext, decodeOrNull, currentUser, apiKeyAuth, readOptionalConfig, cleanup, hasNativeCrypto, trackLogin, hashFile };
