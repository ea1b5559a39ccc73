// A library package: validators run on whatever string the caller got from its users.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isEmail(value) {
  // ruleid: js/redos
  return typeof value === 'string' && /^([a-zA-Z0-9]+[._-]?)+@[a-z0-9]+\.[a-z]{2,}$/.test(value);
}

function isEmailSafe(value) {
  // ok: js/redos
  return typeof value === 'string' && /^[a-zA-Z0-9]+(?:[._-][a-zA-Z0-9]+)*@[a-z0-9]+\.[a-z]{2,}$/.test(value);
}

function trimRight(value) {
  // ruleid: js/redos
  return String(value).replace(/\s+$/, '');
}

function isSlug(value) {
  // ok: js/redos
  return SLUG.test(String(value));
}

// A length bound first: a polynomial regex cannot be slow on 100 characters.
function parseDuration(value) {
  const s = String(value);
  if (s.length > 100) return undefined;
  // ok: js/redos
  return /^(\d+)?\.?\d+ *(ms|s|m|h)?$/i.exec(s);
}

// A bound does not tame nested quantifiers: exponential on a few dozen characters.
function isEmailBounded(value) {
  if (value.length > 254) return false;
  // ruleid: js/redos
  return /^([a-zA-Z0-9]+[._-]?)+@[a-z0-9]+\.[a-z]{2,}$/.test(value);
}

// The native method first; the regex only runs where strings lack it.
function trim(str) {
  // ok: js/redos
  return str.trim ? str.trim() : str.replace(/^\s+|\s+$/g, '');
}

module.exports = { isEmail, isEmailSafe, trimRight, isSlug, parseDuration, isEmailBounded, trim };
