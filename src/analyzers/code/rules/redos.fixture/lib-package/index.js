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

module.exports = { isEmail, isEmailSafe, trimRight, isSlug };
