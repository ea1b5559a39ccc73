// A rule for other methods only: it does not cover `login`.
import { DDPRateLimiter } from 'meteor/ddp-rate-limiter';

DDPRateLimiter.addRule({ type: 'method', name: 'orders.share' }, 5, 60000);
