// A database client answering the server's login challenge: the protocol fixes the hash, and the
// result is a one-time proof sent over the wire, not a stored password hash.
const crypto = require('crypto');

function sha1(data) {
  return crypto.createHash('sha1').update(data).digest();
}

function xor(a, b) {
  const out = Buffer.alloc(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] ^ b[i];
  return out;
}

function nativeToken(password, scramble1, scramble2) {
  // ok: js/weak-password-hash
  const stage1 = crypto.createHash('sha1').update(password).digest();
  const stage2 = sha1(stage1);
  return xor(sha1(Buffer.concat([scramble1, scramble2, stage2])), stage1);
}

function clientProof(password, serverNonce) {
  // ok: js/weak-password-hash
  return crypto.createHash('sha256').update(password + serverNonce).digest('hex');
}

function storedHash(password, salt) {
  // ruleid: js/weak-password-hash
  return crypto.createHash('sha256').update(password + salt).digest('hex');
}

module.exports = { nativeToken, clientProof, storedHash };
