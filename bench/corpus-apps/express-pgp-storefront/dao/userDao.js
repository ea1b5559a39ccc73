'use strict';

const crypto = require('crypto');
const bcrypt = require('bcrypt');
const { db } = require('../db');

const BCRYPT_ROUNDS = 12;

exports.findByEmail = (email) =>
  db.oneOrNone('SELECT id, email, display_name, password_hash, hash_scheme, is_admin FROM users WHERE lower(email) = lower($1)', [email]);

exports.findById = (id) =>
  db.oneOrNone('SELECT id, email, display_name, avatar_path, is_admin FROM users WHERE id = $1', [id]);

exports.create = async ({ email, displayName, password }) => {
  // safe: CWE-916
  const hash = await bcrypt.hash(password, BCRYPT_ROUNDS);
  return db.one(
    'INSERT INTO users (email, display_name, password_hash, hash_scheme) VALUES ($1, $2, $3, $4) RETURNING id',
    [email, displayName, hash, 'bcrypt']
  );
};

// kept from the 2016 PHP shop so that old accounts keep working after a password change
function shopDigest(password) {
  // vuln: CWE-916
  return crypto.createHash('md5').update(String(password)).digest('hex');
}

exports.verifyPassword = async (user, password) => {
  if (user.hash_scheme === 'bcrypt') {
    return bcrypt.compare(password, user.password_hash);
  }
  const digest = shopDigest(password);
  return digest.length === user.password_hash.length
    && crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(user.password_hash));
};

exports.changePassword = (userId, newPassword) =>
  db.none('UPDATE users SET password_hash = $1, hash_scheme = $2 WHERE id = $3', [shopDigest(newPassword), 'md5', userId]);

exports.saveResetToken = (userId, token, expiresAt) =>
  db.none('INSERT INTO password_resets (user_id, token, expires_at) VALUES ($1, $2, $3)', [userId, token, expiresAt]);

exports.consumeResetToken = (token) =>
  db.oneOrNone('DELETE FROM password_resets WHERE token = $1 AND expires_at > now() RETURNING user_id', [token]);

exports.setAvatar = (userId, avatarPath) =>
  db.none('UPDATE users SET avatar_path = $<avatarPath> WHERE id = $<userId>', { userId, avatarPath });
