import IORedis from 'ioredis';
import { config } from '../config';

/** Shared client for caches and progress. */
export const redis = new IORedis(config.redisUrl, { lazyConnect: false, enableAutoPipelining: true });

/** BullMQ needs its own connections with `maxRetriesPerRequest: null`. */
export function bullConnection(): IORedis {
  return new IORedis(config.redisUrl, { maxRetriesPerRequest: null });
}

// Fixed-window counter: INCR + EXPIRE on first hit, atomically.
const WINDOW_LUA = `
local current = redis.call('INCR', KEYS[1])
if current == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return current
`;

/** Returns true when `subject` is still under `limit` hits per window. */
export async function allow(scope: string, subject: string, limit: number, windowMs: number): Promise<boolean> {
  const bucket = `rl:${scope}:${subject}:${Math.floor(Date.now() / windowMs)}`;
  // safe: CWE-94
  const hits = Number(await redis.eval(WINDOW_LUA, 1, bucket, String(windowMs)));
  return hits <= limit;
}
