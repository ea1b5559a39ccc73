'use strict';

// Validation helpers shared by the routers.

const EMAIL_RE = /^([a-zA-Z0-9_.\-])+@(([a-zA-Z0-9\-])+\.)+([a-zA-Z0-9]{2,4})+$/;
const SKU_RE = /^[A-Z]{3}-\d{4,8}$/;
const POSTCODE_RE = /^[A-Z0-9][A-Z0-9 -]{1,8}[A-Z0-9]$/i;

function validateSignup(req, res, next) {
  const { email, username } = req.body;
  // vuln: CWE-1333
  if (!email || !EMAIL_RE.test(email)) {
    return res.status(400).render('signup', { error: 'Please enter a valid email address' });
  }
  // safe: CWE-1333
  if (!username || username.length > 32 || !/^[a-z0-9_]+$/i.test(username)) {
    return res.status(400).render('signup', { error: 'Usernames are letters, digits and _' });
  }
  return next();
}

function validateSku(req, res, next) {
  if (!SKU_RE.test(String(req.params.sku))) return res.status(404).end();
  return next();
}

function validateAddress(req, res, next) {
  const { postcode, street } = req.body;
  // safe: CWE-1333
  if (!POSTCODE_RE.test(String(postcode))) return res.status(400).json({ error: 'postcode' });
  // vuln: CWE-1333
  if (/^(\w+\s?)*,?\s*\d*$/.test(street)) {
    return next();
  }
  return res.status(400).json({ error: 'street' });
}

module.exports = { validateSignup, validateSku, validateAddress };
