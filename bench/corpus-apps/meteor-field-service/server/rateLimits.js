import { Meteor } from 'meteor/meteor';
import { DDPRateLimiter } from 'meteor/ddp-rate-limiter';

const LIMITED_METHODS = ['technicians.verifyPin', 'customers.requestPortalLink', 'workOrders.share'];

DDPRateLimiter.addRule(
  {
    type: 'method',
    name(name) {
      return LIMITED_METHODS.includes(name);
    },
    connectionId() {
      return true;
    },
  },
  5,
  60 * 1000,
);

DDPRateLimiter.setErrorMessage(({ timeToReset }) => `Too many attempts, retry in ${Math.ceil(timeToReset / 1000)}s`);

const openConnections = new Map();

Meteor.onConnection((connection) => {
  openConnections.set(connection.id, { ip: connection.clientAddress, at: new Date() });
  connection.onClose(() => openConnections.delete(connection.id));
});

export function connectionCount() {
  return openConnections.size;
}

// Express-side limiter for the REST endpoints (WebApp.handlers).
const windows = new Map();

// Small in-memory limiter; the app runs as a single container per region.
export function rateLimit({ windowMs, max, key = (req) => req.ip }) {
  return (req, res, next) => {
    const id = key(req);
    const now = Date.now();
    const entry = windows.get(id);
    if (!entry || entry.resetAt < now) {
      windows.set(id, { count: 1, resetAt: now + windowMs });
      return next();
    }
    entry.count += 1;
    if (entry.count > max) {
      res.set('Retry-After', String(Math.ceil((entry.resetAt - now) / 1000)));
      return res.status(429).json({ error: 'too many attempts' });
    }
    return next();
  };
}

export const loginRateLimit = rateLimit({ windowMs: 15 * 60 * 1000, max: 10 });
