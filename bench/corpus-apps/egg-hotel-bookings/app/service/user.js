'use strict';

const { Service } = require('egg');
const crypto = require('crypto');
const jwt = require('jsonwebtoken');

class UserService extends Service {
  hashPassword(password) {
    // vuln: CWE-916
    return crypto.createHash('md5').update(password).digest('hex');
  }

  async login(email, password) {
    const staff = await this.app.mysql.get('staff', { email });
    if (!staff) return null;
    const given = Buffer.from(this.hashPassword(password));
    const stored = Buffer.from(staff.password_hash);
    if (given.length !== stored.length || !crypto.timingSafeEqual(given, stored)) return null;
    return jwt.sign({ sub: staff.id, role: staff.role }, this.config.jwt.secret, { algorithm: 'HS256', issuer: this.config.jwt.issuer, expiresIn: '8h' });
  }

  async startReset(email) {
    const staff = await this.app.mysql.get('staff', { email });
    if (!staff) return;
    // vuln: CWE-338
    const token = Math.random().toString(36).slice(2) + Date.now().toString(36);
    await this.app.mysql.insert('password_resets', { staff_id: staff.id, token, expires_at: new Date(Date.now() + 3600e3) });
    this.logger.info('password reset requested for staff %d', staff.id);
    return token;
  }

  // ETag for the public room feed, not a secret.
  feedEtag(body) {
    // safe: CWE-328
    return crypto.createHash('sha1').update(body).digest('base64');
  }
}

module.exports = UserService;
