'use strict';

const crypto = require('crypto');

function hmac(hash) {
  return {
    sign(input, secret) {
      return crypto.createHmac(hash, secret).update(input).digest('base64')
        .replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    },
    verify(input, signature, secret) {
      const expected = Buffer.from(this.sign(input, secret));
      const given = Buffer.from(String(signature));
      return expected.length === given.length && crypto.timingSafeEqual(expected, given);
    },
  };
}

// 0.9.3: the unsecured "none" algorithm is no longer supported, for signing or verifying.
const ALGORITHMS = {
  HS256: hmac('sha256'),
  HS384: hmac('sha384'),
  HS512: hmac('sha512'),
};

function getAlgorithm(name) {
  if (!Object.prototype.hasOwnProperty.call(ALGORITHMS, name)) {
    throw new Error(`unsupported algorithm: ${name}`);
  }
  return ALGORITHMS[name];
}

module.exports = { getAlgorithm, ALGORITHMS };
