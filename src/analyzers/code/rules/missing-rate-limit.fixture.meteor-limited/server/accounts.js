// The default limit replaced by the app's own rule on `login` (in another file).
import { Accounts } from 'meteor/accounts-base';

// ok: js/missing-rate-limit
Accounts.removeDefaultRateLimit();
