import { redis } from './redis';

const TTL_SECONDS = 24 * 3600;

const READ_ONE = `
local pct = redis.call('HGET', KEYS[1], 'pct')
if not pct then return 0 end
return tonumber(pct)
`;

const WRITE = `
redis.call('HSET', KEYS[1], 'pct', ARGV[1], 'at', ARGV[2])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3]))
return 1
`;

function key(partnerId: string, jobId: string): string {
  return `progress:${partnerId}:${jobId}`;
}

export const progressStore = {
  async write(partnerId: string, jobId: string, percent: number): Promise<void> {
    const pct = Math.max(0, Math.min(100, Math.round(percent)));
    await redis.eval(WRITE, 1, key(partnerId, jobId), String(pct), String(Date.now()), String(TTL_SECONDS));
  },

  async readOne(partnerId: string, jobId: string): Promise<number> {
    // safe: CWE-94
    return Number(await redis.eval(READ_ONE, 1, key(partnerId, jobId)));
  },

  /** One round trip for a whole dashboard of jobs. */
  async readMany(partnerId: string, jobIds: string[]): Promise<Array<string | null>> {
    const reads = jobIds.map((id) => `redis.call('HGET', '${key(partnerId, id)}', 'pct')`).join(', ');
    // vuln: CWE-94
    const result = (await redis.eval(`return { ${reads} }`, 0)) as Array<string | null>;
    return result;
  },
};
