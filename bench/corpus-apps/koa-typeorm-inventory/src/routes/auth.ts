import Router from '@koa/router';
import ratelimit from 'koa-ratelimit';
import type Redis from 'ioredis';
import { AuthService } from '../services/auth.service';
import { newDeviceClaimCode } from '../lib/passwords';
import { requireUser } from '../middleware/auth';

function localPath(next: unknown) {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/app';
}

export function authRoutes(auth: AuthService, redis: Redis) {
  const router = new Router({ prefix: '/auth' });

  const loginLimiter = ratelimit({
    driver: 'redis',
    db: redis,
    duration: 15 * 60 * 1000,
    max: 10,
    id: (ctx) => `login:${ctx.ip}`,
  });

  // safe: CWE-307
  router.post('/login', loginLimiter, async (ctx) => {
    const { email, password, next } = ctx.request.body as { email: string; password: string; next?: string };
    const token = await auth.login(String(email), String(password));
    if (!token) ctx.throw(401, 'Invalid e-mail or password');
    ctx.session!.token = token;
    if (ctx.accepts('html', 'json') === 'html') {
      // safe: CWE-601
      ctx.redirect(localPath(next));
      return;
    }
    ctx.body = { token };
  });

  // Handheld scanners: e-mail + 6-digit PIN.
  // vuln: CWE-307
  router.post('/scanner-login', async (ctx) => {
    const { email, pin } = ctx.request.body as { email: string; pin: string };
    const token = await auth.scannerLogin(String(email), String(pin));
    if (!token) ctx.throw(401, 'Invalid PIN');
    ctx.body = { token };
  });

  router.post('/devices/claim-code', requireUser(auth, 'manager', 'admin'), async (ctx) => {
    const code = newDeviceClaimCode();
    await redis.set(`claim:${code}`, String(ctx.state.user.sub), 'EX', 600);
    ctx.body = { code };
  });

  router.post('/devices/pair', async (ctx) => {
    const { code } = ctx.request.body as { code: string };
    const userId = await redis.getdel(`claim:${String(code).toUpperCase()}`);
    if (!userId) ctx.throw(404, 'Unknown or expired code');
    ctx.body = { token: auth.issue({ id: Number(userId), role: 'clerk' } as any) };
  });

  router.get('/logout', async (ctx) => {
    ctx.session = null;
    const returnTo = ctx.query.returnTo as string | undefined;
    // vuln: CWE-601
    ctx.redirect(returnTo ?? '/');
  });

  router.post('/forgot', loginLimiter, async (ctx) => {
    const { email } = ctx.request.body as { email: string };
    await auth.startReset(String(email));
    ctx.status = 202;
  });

  return router;
}
