'use strict';
const crypto = require('crypto');

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// A generic helper: insecure only because index.js makes session ids of its answer.
function randomString(length) {
  let out = '';
  for (let i = 0; i < length; i++) {
    // ruleid: js/insecure-randomness
    out += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  }
  return out;
}

// Also generic, but only ever used to spread retries.
function spread(ms) {
  // ok: js/insecure-randomness
  return Math.round(ms * (0.5 + Math.random()));
}

// The same helper drawn from the CSPRNG.
function secureString(length) {
  let out = '';
  // ok: js/insecure-randomness
  for (let i = 0; i < length; i++) out += ALPHABET[crypto.randomInt(ALPHABET.length)];
  return out;
}

// A local helper made into a one-time code by a function of this same file.
function digits(n) {
  let out = '';
  // ruleid: js/insecure-randomness
  for (let i = 0; i < n; i++) out += String(Math.floor(Math.random() * 10));
  return out;
}

function otpCode() {
  return digits(6);
}

// A local helper only used to pick a sample.
function pickIndex(size) {
  // ok: js/insecure-randomness
  return Math.floor(Math.random() * size);
}

function sampleRow(rows) {
  return rows[pickIndex(rows.length)];
}

module.exports = { randomString, spread, secureString, otpCode, sampleRow, pick: pickIndex };
