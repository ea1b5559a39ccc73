import { Mongo } from 'meteor/mongo';

export const AuditEvents = new Mongo.Collection('auditEvents');

export const audit = {
  loginFailed(who) {
    // vuln: CWE-117
    console.warn(`[auth] login failed for ${who} at ${new Date().toISOString()}`);
  },

  async record(orgId, actorId, action, details = {}) {
    await AuditEvents.insertAsync({ orgId, actorId, action, details, at: new Date() });
    // safe: CWE-117
    console.info(JSON.stringify({ msg: 'audit', orgId, actorId, action }));
  },

  mobileLogin(badgeNumber, ok) {
    // safe: CWE-117
    console.info(JSON.stringify({ msg: 'mobile-login', badge: String(badgeNumber), ok }));
  },
};
