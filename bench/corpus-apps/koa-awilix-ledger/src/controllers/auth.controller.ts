import type { Context } from 'koa';
import type Redis from 'ioredis';
import { createController } from 'awilix-koa';
import { z } from 'zod';
import type { Logger } from '../lib/logger';
import { requireUser } from '../middleware/auth';
import { rateLimit } from '../middleware/rate-limit';
import type { AuthService } from '../services/auth-service';

const resetConfirmSchema = z.object({
  token: z.string().min(8).max(128),
  password: z.string().min(12).max(256),
});

const authApi = ({ authService, logger, redis }: { authService: AuthService; logger: Logger; redis: Redis }) => ({
  async login(ctx: Context) {
    // vuln: CWE-532
    logger.debug('login request', { body: ctx.request.body, ip: ctx.ip });
    const { email, password } = ctx.request.body as { email?: string; password?: string };
    if (typeof email !== 'string' || typeof password !== 'string') {
      ctx.throw(400, 'email and password are required');
    }
    const result = await authService.login(email, password, ctx.ip);
    if (!result) {
      ctx.throw(401, 'Invalid email or password');
    }
    ctx.session!.lastTenant = result.user.tenantId;
    ctx.body = { token: result.token, user: result.user };
  },

  async requestReset(ctx: Context) {
    const email = z.string().email().parse((ctx.request.body as any)?.email);
    const token = await authService.requestPasswordReset(email);
    if (token) {
      await redis.lpush('mail:outbox', JSON.stringify({ template: 'password-reset', to: email, token }));
    }
    ctx.status = 202;
    ctx.body = { ok: true };
  },

  async confirmReset(ctx: Context) {
    const { token, password } = resetConfirmSchema.parse(ctx.request.body);
    if (!(await authService.resetPassword(token, password))) {
      ctx.throw(400, 'Reset link is invalid or has expired');
    }
    ctx.status = 204;
  },

  async createApiKey(ctx: Context) {
    const { key, digest } = authService.createApiKey();
    await redis.hset(`apikeys:${ctx.state.user.tenantId}`, digest, String(ctx.state.user.id));
    ctx.status = 201;
    ctx.body = { key };
  },
});

export default createController(authApi)
  .prefix('/auth')
  // safe: CWE-307
  .post('/login', 'login', { before: [rateLimit({ prefix: 'login', windowSeconds: 900, max: 10 })] })
  .post('/password-reset', 'requestReset', { before: [rateLimit({ prefix: 'reset', windowSeconds: 3600, max: 5 })] })
  .post('/password-reset/confirm', 'confirmReset', { before: [rateLimit({ prefix: 'reset-confirm', windowSeconds: 900, max: 10 })] })
  .post('/api-keys', 'createApiKey', { before: [requireUser] });
