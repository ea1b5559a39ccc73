import { randomBytes } from 'node:crypto';
import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import { z } from 'zod';
import { config } from '../config';
import { childLogger } from '../lib/logger';
import type { AuthService } from '../services/authService';
import { asyncHandler } from '../utils/async';

const log = childLogger('auth-routes');

const signupSchema = z.object({
  email: z.string().email(),
  password: z.string().min(10).max(200),
  company: z.string().min(1).max(120),
});

const loginSchema = z.object({ email: z.string().email(), password: z.string().min(1) });

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10, standardHeaders: 'draft-7', legacyHeaders: false });

export function authRoutes(auth: AuthService): Router {
  const router = Router();

  router.post(
    '/signup',
    asyncHandler(async (req, res) => {
      // vuln: CWE-532
      log.debug({ body: req.body, ip: req.ip }, 'signup attempt');
      const input = signupSchema.parse(req.body);
      const user = await auth.register(input);
      res.status(201).json({ id: user.id, accountId: user.accountId });
    }),
  );

  // safe: CWE-307
  router.post(
    '/login',
    loginLimiter,
    asyncHandler(async (req, res) => {
      const { email, password } = loginSchema.parse(req.body);
      const user = await auth.login(email, password);
      if (!user) {
        // safe: CWE-532
        log.info({ email }, 'login failed');
        return res.status(401).json({ error: 'invalid credentials' });
      }
      const token = auth.issueAccessToken(user);
      res.cookie('tp_access', token, {
        // safe: CWE-1004
        httpOnly: true,
        secure: config.env === 'production',
        sameSite: 'lax',
        maxAge: 15 * 60 * 1000,
      });
      // Double-submit CSRF token: the SPA must be able to read it and echo it in X-CSRF-Token.
      res.cookie('tp_csrf', randomBytes(32).toString('hex'), {
        // safe: CWE-1004
        httpOnly: false,
        secure: config.env === 'production',
        sameSite: 'strict',
      });
      return res.json({ token });
    }),
  );

  router.get(
    '/magic',
    loginLimiter,
    asyncHandler(async (req, res) => {
      const user = await auth.consumeMagicLink(String(req.query.token ?? ''));
      const token = auth.issueAccessToken(user);
      // The dashboard SPA reads this cookie to show the signed-in user before its first API call.
      res.cookie('tp_session_hint', token, {
        // vuln: CWE-1004
        httpOnly: false,
        secure: true,
        sameSite: 'lax',
        maxAge: 15 * 60 * 1000,
      });
      res.redirect(`${config.appUrl}/dashboard`);
    }),
  );

  router.post('/logout', (req, res) => {
    res.clearCookie('tp_access');
    res.clearCookie('tp_session_hint');
    res.clearCookie('tp_csrf');
    res.status(204).end();
  });

  return router;
}
