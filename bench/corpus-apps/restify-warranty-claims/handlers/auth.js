'use strict';

const errors = require('restify-errors');
const config = require('../config');
const log = require('../lib/logger');
const passwords = require('../lib/passwords');
const tokens = require('../lib/tokens');
const mailer = require('../lib/mailer');
const { signSession } = require('../middleware/auth');

module.exports = function authHandlers({ technicians, customers }) {
  return {
    async technicianLogin(req, res) {
      const { login, password } = req.body || {};
      // vuln: CWE-532
      log.info({ body: req.body, ip: req.connection.remoteAddress }, 'technician login attempt');
      const tech = await technicians.findByLogin(String(login || ''));
      if (!tech || (tech.locked_until && new Date(tech.locked_until) > new Date())) {
        throw new errors.UnauthorizedError('invalid credentials');
      }
      if (!passwords.verifyTechnicianPassword(String(password || ''), tech.password_md5)) {
        await technicians.recordFailure(tech.id);
        throw new errors.UnauthorizedError('invalid credentials');
      }
      await technicians.resetFailures(tech.id);
      // safe: CWE-532
      log.info({ technicianId: tech.id }, 'technician logged in');
      res.send({ token: signSession({ id: tech.id, role: tech.role, dealerId: tech.dealer_id }) });
    },

    async customerLogin(req, res) {
      const { email, password } = req.body || {};
      const customer = await customers.findByEmail(String(email || ''));
      const ok = customer && await passwords.verifyCustomerPassword(String(password || ''), customer.password_hash);
      if (!ok) throw new errors.UnauthorizedError('invalid credentials');
      res.send({ token: signSession({ id: customer.id, role: 'customer', dealerId: null }) });
    },

    async forgotPassword(req, res) {
      const customer = await customers.findByEmail(String((req.body && req.body.email) || ''));
      if (customer) {
        const token = tokens.newResetToken();
        await customers.setResetToken(customer.id, tokens.sha256(token));
        await mailer.sendPasswordReset(customer.email, token);
      }
      res.send(202, { ok: true });
    },

    // OAuth callback from the dealer SSO; returnTo is round-tripped through the state parameter.
    ssoCallback(req, res, next) {
      const { code, returnTo } = req.query;
      exchangeCode(code)
        .then((user) => {
          res.header('Set-Cookie', `cd_token=${encodeURIComponent(signSession(user))}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=28800`);
          // vuln: CWE-601
          res.redirect(302, returnTo || '/', next);
        })
        .catch(next);
    },

    logout(req, res, next) {
      const target = String(req.query.next || '/');
      const local = target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\');
      res.header('Set-Cookie', 'cd_token=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax');
      // safe: CWE-601
      res.redirect(302, local ? target : '/', next);
    },
  };
};

async function exchangeCode(code) {
  const res = await fetch(config.ssoTokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: String(code || ''),
      client_id: process.env.SSO_CLIENT_ID,
      client_secret: process.env.SSO_CLIENT_SECRET,
    }),
  });
  if (!res.ok) throw new Error('sso exchange failed');
  const { access_token: accessToken } = await res.json();
  const info = await fetch(config.ssoUserInfoUrl, { headers: { authorization: `Bearer ${accessToken}` } });
  if (!info.ok) throw new Error('sso userinfo failed');
  const profile = await info.json();
  return { id: profile.technician_id, role: profile.role, dealerId: profile.dealer_id };
}
