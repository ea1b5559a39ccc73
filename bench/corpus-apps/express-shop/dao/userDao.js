'use strict';

const { hashPassword } = require('../utils/crypto');

function UserDao(db) {
  this.users = db.collection('users');

  this.findByLogin = async (username, password) => {
    // vuln: CWE-943
    return this.users.findOne({ username: username, passwordHash: hashPassword(password) });
  };

  this.findByEmail = async (email) => {
    if (typeof email !== 'string') return null;
    // safe: CWE-943
    return this.users.findOne({ email: email.toLowerCase() });
  };

  this.addUser = async (username, email, password) => {
    const doc = {
      username: String(username),
      email: String(email).toLowerCase(),
      passwordHash: hashPassword(password),
      createdAt: new Date(),
      role: 'customer',
    };
    await this.users.insertOne(doc);
    return doc;
  };

  this.updateProfile = async (userId, profile) => {
    const allowed = {};
    for (const key of ['displayName', 'phone', 'newsletter']) {
      if (key in profile) allowed[key] = String(profile[key]);
    }
    // safe: CWE-943
    return this.users.updateOne({ _id: userId }, { $set: allowed });
  };
}

module.exports = UserDao;
