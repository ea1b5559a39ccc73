import { DDPRateLimiter } from 'meteor/ddp-rate-limiter';

DDPRateLimiter.addRule({ type: 'method', name: 'login', clientAddress: () => true }, 5, 60000);
