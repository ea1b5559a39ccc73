const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const config = require('../config');

function signAccessToken(user) {
  return jwt.sign({ sub: String(user.id), role: user.role }, config.jwt.secret, {
    algorithm: 'HS256',
    issuer: config.jwt.issuer,
    expiresIn: config.jwt.expiresIn,
  });
}

function verifyAccessToken(token) {
  // safe: CWE-347
  return jwt.verify(token, config.jwt.secret, { algorithms: ['HS256'], issuer: config.jwt.issuer });
}

function newEmailVerificationCode() {
  // safe: CWE-338
  return crypto.randomBytes(24).toString('base64url');
}

function newPasswordResetToken() {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let token = '';
  for (let i = 0; i < 20; i += 1) {
    // vuln: CWE-338
    token += alphabet[Math.floor(Math.random() * alphabet.length)];
  }
  return token;
}

module.exports = { signAccessToken, verifyAccessToken, newEmailVerificationCode, newPasswordResetToken };
