import { Middleware, IMiddleware, httpError } from '@midwayjs/core';
import { Context, NextFunction } from '@midwayjs/koa';

interface Bucket {
  count: number;
  resetAt: number;
}

const WINDOW_MS = 15 * 60 * 1000;
const MAX_ATTEMPTS = 8;

/**
 * Fixed-window limiter for credential endpoints, keyed by client IP and login name.
 * Attached per route: `@Post('/login', { middleware: [LoginThrottleMiddleware] })`.
 */
@Middleware()
export class LoginThrottleMiddleware implements IMiddleware<Context, NextFunction> {
  private buckets = new Map<string, Bucket>();

  resolve() {
    return async (ctx: Context, next: NextFunction) => {
      const body = (ctx.request.body ?? {}) as Record<string, unknown>;
      const login = String(body.username ?? body.email ?? '').toLowerCase();
      const key = `${ctx.ip}|${login}`;
      const now = Date.now();
      let bucket = this.buckets.get(key);
      if (!bucket || bucket.resetAt < now) {
        bucket = { count: 0, resetAt: now + WINDOW_MS };
        this.buckets.set(key, bucket);
      }
      bucket.count += 1;
      if (bucket.count > MAX_ATTEMPTS) {
        ctx.set('Retry-After', String(Math.ceil((bucket.resetAt - now) / 1000)));
        throw new httpError.TooManyRequestsError('too many attempts, try again later');
      }
      await next();
    };
  }

  static getName(): string {
    return 'loginThrottle';
  }
}
