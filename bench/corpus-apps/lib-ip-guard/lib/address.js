'use strict';

// Private, loopback, link-local and reserved ranges, matched on the textual address.
const PRIVATE_V4 = [
  /^10\./,
  /^192\.168\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^127\./,
  /^169\.254\./,
  /^0\./,
  /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./
];

const PRIVATE_V6 = [/^::1$/, /^::$/, /^f[cd][0-9a-f]{2}:/i, /^fe80:/i, /^::ffff:(127|10|192\.168)\./i];

function isLoopback(address) {
  const a = String(address).trim().replace(/^\[|\]$/g, '');
  return /^127\./.test(a) || a === '::1' || a.toLowerCase() === 'localhost';
}

function isPrivate(address) {
  const a = String(address).trim().replace(/^\[|\]$/g, '');
  if (a.toLowerCase() === 'localhost') return true;
  if (a.includes(':')) return PRIVATE_V6.some((re) => re.test(a));
  return PRIVATE_V4.some((re) => re.test(a));
}

function isPublic(address) {
  return !isPrivate(address);
}

module.exports = { isPrivate, isPublic, isLoopback };
