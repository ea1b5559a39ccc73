'use strict';

/**
 * Random strings over an alphabet, drawn from the operating system's CSPRNG. Since 1.7.1
 * (1.7.0 used `Math.random()`, whose xorshift128+ state can be recovered from a few outputs, so
 * session ids, CSRF secrets and reset tokens could be predicted).
 */

const crypto = require('crypto');

const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const HEX = '0123456789abcdef';
const DIGITS = '0123456789';

/**
 * @param {number} length number of characters
 * @param {string} [alphabet=URL_SAFE] characters to draw from (2..256 distinct characters)
 * @returns {string}
 */
function randomString(length, alphabet = URL_SAFE) {
  if (typeof alphabet !== 'string' || alphabet.length < 2 || alphabet.length > 256) {
    throw new RangeError('tokenkit: alphabet must have 2..256 characters');
  }
  let out = '';
  for (let i = 0; i < length; i += 1) {
    // randomInt draws without modulo bias.
    // safe: CWE-338
    out += alphabet[crypto.randomInt(alphabet.length)];
  }
  return out;
}

module.exports = { randomString, URL_SAFE, HEX, DIGITS };
