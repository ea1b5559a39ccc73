'use strict';

const crypto = require('crypto');
const bcrypt = require('bcrypt');
const { Op } = require('sequelize');
const { signAccessToken, newPasswordResetToken } = require('../lib/tokens');

const BCRYPT_ROUNDS = 12;

module.exports = ({ User, mailer }) => {
  const findByEmail = (email) => User.findOne({ where: { email: String(email).toLowerCase() } });

  async function checkPassword(user, password) {
    if (user.passwordHash) {
      // safe: CWE-916
      return bcrypt.compare(password, user.passwordHash);
    }
    if (user.legacyHash) {
      // Accounts migrated from the 2016 PHP shop; upgraded to bcrypt on first login.
      // vuln: CWE-328, CWE-916
      const digest = crypto.createHash('md5').update(password).digest('hex');
      if (digest !== user.legacyHash) return false;
      user.passwordHash = await bcrypt.hash(password, BCRYPT_ROUNDS);
      user.legacyHash = null;
      await user.save();
      return true;
    }
    return false;
  }

  async function authenticate(email, password) {
    const user = await findByEmail(email);
    if (!user) return null;
    const ok = await checkPassword(user, String(password));
    if (!ok) return null;
    return { user, token: signAccessToken(user) };
  }

  async function register({ email, password, displayName }) {
    if (typeof password !== 'string' || password.length < 10) {
      throw Object.assign(new Error('Password must be at least 10 characters'), { status: 400 });
    }
    // safe: CWE-916
    const passwordHash = await bcrypt.hash(password, BCRYPT_ROUNDS);
    return User.create({ email: String(email).toLowerCase(), displayName, passwordHash });
  }

  async function startPasswordReset(email) {
    const user = await findByEmail(email);
    if (!user) return;
    user.resetToken = newPasswordResetToken();
    user.resetExpires = new Date(Date.now() + 60 * 60 * 1000);
    await user.save();
    await mailer.send(user.email, 'reset-password', { token: user.resetToken });
  }

  async function completePasswordReset(token, password) {
    const user = await User.findOne({ where: { resetToken: String(token), resetExpires: { [Op.gt]: new Date() } } });
    if (!user) return false;
    user.passwordHash = await bcrypt.hash(String(password), BCRYPT_ROUNDS);
    user.resetToken = null;
    await user.save();
    return true;
  }

  return { authenticate, register, startPasswordReset, completePasswordReset };
};
