import type Redis from 'ioredis';
import type { Middleware } from 'koa';

export interface RateLimitOptions {
  prefix: string;
  windowSeconds: number;
  max: number;
  key?: (ctx: Parameters<Middleware>[0]) => string;
}

/** Fixed-window limiter on ioredis (INCR + EXPIRE in one MULTI). */
export function rateLimit(options: RateLimitOptions): Middleware {
  return async (ctx, next) => {
    const redis = ctx.state.container.resolve<Redis>('redis');
    const id = options.key ? options.key(ctx) : ctx.ip;
    const key = `rl:${options.prefix}:${id}`;
    const results = await redis.multi().incr(key).expire(key, options.windowSeconds, 'NX').exec();
    const count = Number(results?.[0]?.[1] ?? 0);
    ctx.set('RateLimit-Limit', String(options.max));
    ctx.set('RateLimit-Remaining', String(Math.max(0, options.max - count)));
    if (count > options.max) {
      ctx.status = 429;
      ctx.body = { error: 'too_many_requests' };
      return;
    }
    await next();
  };
}
