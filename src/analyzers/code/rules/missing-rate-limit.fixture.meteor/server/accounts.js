// Meteor: accounts-base limits the DDP `login` method by default; removing that limit leaves password guessing open.
import { Accounts } from 'meteor/accounts-base';

Accounts.config({ forbidClientAccountCreation: true });

// ruleid: js/missing-rate-limit
Accounts.removeDefaultRateLimit();
