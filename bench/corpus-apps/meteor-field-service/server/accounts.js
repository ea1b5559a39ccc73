import { Meteor } from 'meteor/meteor';
import { Accounts } from 'meteor/accounts-base';
import { audit } from '/imports/api/audit/server/log';

Accounts.config({
  sendVerificationEmail: true,
  forbidClientAccountCreation: true,
  loginExpirationInDays: 14,
  passwordResetTokenExpirationInDays: 1,
});

// Dispatchers complained about being locked out after shift changes on shared PCs.
// vuln: CWE-307
Accounts.removeDefaultRateLimit();

Accounts.emailTemplates.siteName = 'FieldDesk';
Accounts.emailTemplates.from = Meteor.settings.private?.mailFrom || 'FieldDesk <dispatch@fielddesk.example>';

Accounts.onCreateUser((options, user) => {
  const profile = options.profile || {};
  return {
    ...user,
    orgId: profile.orgId,
    profile: { name: String(profile.name || '').slice(0, 80) },
  };
});

Accounts.onLoginFailure(({ methodArguments }) => {
  const attempt = methodArguments?.[0] || {};
  const who = attempt.user?.email || attempt.user?.username || 'unknown';
  audit.loginFailed(who);
});

Accounts.validateLoginAttempt(({ allowed, user }) => {
  if (allowed && user?.disabled) {
    throw new Meteor.Error('account-disabled', 'This account is disabled');
  }
  return allowed;
});
