import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../types';

type RateLimitOptions = {
  prefix: string;
  limit: number;
  windowSec: number;
};

/** Fixed-window limiter keyed by client IP, counters kept in KV. */
export const rateLimit = ({ prefix, limit, windowSec }: RateLimitOptions) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const ip = c.req.header('CF-Connecting-IP') ?? 'unknown';
    const window = Math.floor(Date.now() / 1000 / windowSec);
    const key = `rl:${prefix}:${ip}:${window}`;

    const current = Number((await c.env.CACHE.get(key)) ?? '0');
    if (current >= limit) {
      c.header('Retry-After', String(windowSec));
      return c.json({ error: 'too_many_requests' }, 429);
    }
    await c.env.CACHE.put(key, String(current + 1), { expirationTtl: Math.max(60, windowSec * 2) });
    await next();
  });
