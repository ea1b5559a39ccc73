type Bucket = { count: number; resetAt: number };

/** In-process fixed-window limiter (single node behind the proxy). */
export class RateLimiter {
  private buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number
  ) {}

  take(key: string): boolean {
    const now = Date.now();
    const bucket = this.buckets.get(key);
    if (!bucket || bucket.resetAt <= now) {
      this.buckets.set(key, { count: 1, resetAt: now + this.windowMs });
      return true;
    }
    bucket.count += 1;
    return bucket.count <= this.limit;
  }
}

export const loginLimiter = new RateLimiter(10, 15 * 60_000);
export const registerLimiter = new RateLimiter(5, 60 * 60_000);
