// Keystone 6: statelessSessions() cookies are Secure in production unless `secure: false` says otherwise.
import { statelessSessions, storedSessions } from '@keystone-6/core/session';

export const session = statelessSessions({
  maxAge: 60 * 60 * 24 * 30,
  secret: process.env.SESSION_SECRET,
  // ruleid: js/cookie-without-secure
  secure: false,
});

// ok: js/cookie-without-secure
export const defaults = statelessSessions({ secret: process.env.SESSION_SECRET, sameSite: 'lax' });

export const stored = storedSessions({
  store: () => new Map() as any,
  // ok: js/cookie-without-secure
  secure: true,
});
