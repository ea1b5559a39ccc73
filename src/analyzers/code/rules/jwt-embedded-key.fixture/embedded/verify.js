// A JWS verifier that takes the key from the token's own header (node-jose CVE-2018-0114 shape).
const crypto = require('crypto');
const jwt = require('jsonwebtoken');

async function resolveKey(header, options) {
  if (header.jwk !== undefined) {
    return crypto.createPublicKey({ key: header.jwk, format: 'jwk' });
  }
  return crypto.createPublicKey(options.publicKey);
}

async function verify(token, options) {
  const [h, p, s] = token.split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'));
  const key = await resolveKey(header, options);
  // ruleid: js/jwt-embedded-key
  const valid = crypto.verify('sha256', Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url'));
  if (!valid) throw new Error('bad signature');
  return JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
}

// jsonwebtoken with a key callback that hands back the header's key.
function verifyWithCallback(token) {
  return new Promise((resolve, reject) => {
    // ruleid: js/jwt-embedded-key
    jwt.verify(token, (header, cb) => cb(null, crypto.createPublicKey({ key: header.jwk, format: 'jwk' })), { algorithms: ['ES256'] }, (err, claims) => (err ? reject(err) : resolve(claims)));
  });
}

module.exports = { verify, verifyWithCallback };
