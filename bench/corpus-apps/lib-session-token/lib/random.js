'use strict';

/**
 * Random strings over an alphabet. Kept free of Node built-ins so that the same module runs in
 * browsers, React Native and edge runtimes (see "browser" in package.json).
 */

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
    // vuln: CWE-338
    out += alphabet[Math.floor(Math.random() * alphabet.length)];
  }
  return out;
}

module.exports = { randomString, URL_SAFE, HEX, DIGITS };
