'use strict';

const bcrypt = require('bcrypt');
const { User } = require('../models');
const { sha1 } = require('../lib/hash');

/** Accounts created before 2022 still carry a SHA-1 hash; newer ones a bcrypt hash. */
async function checkPassword(email, password) {
  const user = await User.findOne({ email: String(email) });
  if (!user) return null;
  if (user.passwordBcrypt) return (await bcrypt.compare(String(password), user.passwordBcrypt)) ? user : null;
  return user.passwordSha1 === sha1(password) ? user : null;
}

async function requireUser(req, res, next) {
  const key = req.get('x-api-key');
  const user = key && (await User.findOne({ apiKey: String(key) }));
  if (!user) return res.status(401).json({ error: 'unauthorised' });
  req.user = user;
  return next();
}

module.exports = { checkPassword, requireUser };
