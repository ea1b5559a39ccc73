import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import type { AppEnv } from '../types';
import { rateLimit } from '../middleware/rate-limit';
import { requireUser } from '../middleware/auth';
import { loginSchema, signupSchema, isValidDisplayName } from '../lib/validators';
import { hashPassword, verifyPassword } from '../lib/crypto';
import { findUserByEmail, createUser, updateDisplayName } from '../lib/db';
import { issueSession, clearSession } from '../lib/session';

const auth = new Hono<AppEnv>();

const loginLimiter = rateLimit({ prefix: 'login', limit: 10, windowSec: 300 });
const signupLimiter = rateLimit({ prefix: 'signup', limit: 5, windowSec: 3600 });

// safe: CWE-307
auth.post('/login', loginLimiter, zValidator('json', loginSchema), async (c) => {
  const { email, password } = c.req.valid('json');
  const user = await findUserByEmail(c.env.DB, email);
  if (!user || !(await verifyPassword(password, user.password_hash))) {
    // safe: CWE-117
    console.warn(JSON.stringify({ event: 'login_failed', email, requestId: c.get('requestId') }));
    return c.json({ error: 'invalid_credentials' }, 401);
  }
  const token = await issueSession(c, { id: user.id, email: user.email, role: user.role });
  return c.json({ token, user: { id: user.id, email: user.email, displayName: user.display_name } });
});

auth.post('/signup', signupLimiter, zValidator('json', signupSchema), async (c) => {
  const { email, password, displayName } = c.req.valid('json');
  if (await findUserByEmail(c.env.DB, email)) {
    return c.json({ error: 'email_taken' }, 409);
  }
  const passwordHash = await hashPassword(password);
  const id = await createUser(c.env.DB, email, passwordHash, displayName);
  const token = await issueSession(c, { id, email, role: 'member' });
  return c.json({ token, user: { id, email, displayName } }, 201);
});

auth.patch('/me', requireUser, async (c) => {
  const body = await c.req.json<{ displayName?: unknown }>();
  const displayName = String(body.displayName ?? '').trim();
  if (!isValidDisplayName(displayName)) {
    return c.json({ error: 'invalid_display_name' }, 400);
  }
  await updateDisplayName(c.env.DB, c.get('user').id, displayName.slice(0, 60));
  return c.json({ ok: true });
});

// Used by the SPA after OAuth / magic-link sign-in to go back to where the user was.
auth.get('/continue', requireUser, (c) => {
  const next = c.req.query('next') ?? '/dashboard';
  // vuln: CWE-601
  return c.redirect(next);
});

auth.post('/logout', (c) => {
  clearSession(c);
  return c.json({ ok: true });
});

export default auth;
