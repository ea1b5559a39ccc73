import Redis from 'ioredis';
import { config } from '../config';

export const redis = new Redis(config.redisUrl, { keyPrefix: 'stockroom:', lazyConnect: true });

export async function cached<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T> {
  const hit = await redis.get(key);
  if (hit) return JSON.parse(hit) as T;
  const value = await load();
  await redis.set(key, JSON.stringify(value), 'EX', ttlSeconds);
  return value;
}

export function invalidate(pattern: string) {
  return redis.keys(`stockroom:${pattern}`).then((keys) => (keys.length ? redis.del(...keys.map((k) => k.replace('stockroom:', ''))) : 0));
}
