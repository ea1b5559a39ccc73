import type { Middleware } from 'koa';

/** A fixed-window limiter per client address. */
export function loginThrottle(options: { max: number }): Middleware {
  const hits = new Map<string, number>();
  return async (ctx, next) => {
    const n = (hits.get(ctx.ip) ?? 0) + 1;
    hits.set(ctx.ip, n);
    if (n > options.max) {
      ctx.status = 429;
      return;
    }
    await next();
  };
}
