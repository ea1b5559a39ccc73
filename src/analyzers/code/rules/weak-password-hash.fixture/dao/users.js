'use strict';
const { digest, sha1 } = require('../utils/crypto');

async function findByLogin(users, username, password) {
  return users.findOne({ username: String(username), passwordHash: digest(password) });
}

async function storeAvatar(files, userId, buffer) {
  return files.insertOne({ userId, etag: sha1(buffer), data: buffer });
}

module.exports = { findByLogin, storeAvatar };
