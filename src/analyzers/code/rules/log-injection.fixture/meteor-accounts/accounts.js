// Meteor accounts-base hooks: `methodArguments` are what the client passed to the DDP `login` method.
import { Accounts } from 'meteor/accounts-base';

Accounts.onLoginFailure(({ methodArguments, connection }) => {
  const attempt = methodArguments?.[0] || {};
  const who = attempt.user?.email || attempt.user?.username || 'unknown';
  // ruleid: js/log-injection
  console.warn(`login failed for ${who}`);
  // ok: js/log-injection
  console.warn(JSON.stringify({ msg: 'login failed', who }));
});

Accounts.onLogin(({ user }) => {
  // ok: js/log-injection
  console.info(`login ok for ${user._id}`);
});
