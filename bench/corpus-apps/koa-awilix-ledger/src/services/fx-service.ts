import { request } from 'undici';
import type Redis from 'ioredis';
import type { AppConfig } from '../config';
import type { Logger } from '../lib/logger';

const CURRENCY = /^[A-Z]{3}$/;

export class FxService {
  private readonly config: AppConfig;
  private readonly redis: Redis;
  private readonly logger: Logger;

  constructor({ config, redis, logger }: { config: AppConfig; redis: Redis; logger: Logger }) {
    this.config = config;
    this.redis = redis;
    this.logger = logger;
  }

  async rate(base: string, quote: string, date?: string): Promise<number> {
    if (!CURRENCY.test(base) || !CURRENCY.test(quote)) {
      throw Object.assign(new Error('Unknown currency'), { status: 400, expose: true });
    }
    const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : new Date().toISOString().slice(0, 10);
    const cacheKey = `fx:${base}:${quote}:${day}`;
    const cached = await this.redis.get(cacheKey);
    if (cached) return Number(cached);

    const url = new URL('/convert', this.config.fx.baseUrl);
    url.searchParams.set('from', base);
    url.searchParams.set('to', quote);
    url.searchParams.set('date', day);
    url.searchParams.set('access_key', this.config.fx.apiKey);
    // safe: CWE-918
    const { statusCode, body } = await request(url, { headersTimeout: 5_000, bodyTimeout: 5_000 });
    if (statusCode !== 200) {
      throw Object.assign(new Error('Rate provider unavailable'), { status: 502, expose: true });
    }
    const data = (await body.json()) as { result: number };
    await this.redis.set(cacheKey, String(data.result), 'EX', 6 * 3600);
    return data.result;
  }

  /**
   * Some tenants book at their bank's own daily rates; they paste the URL of the
   * bank's JSON rate feed in the settings screen and press "Refresh now".
   */
  async importFromFeed(feedUrl: string): Promise<Record<string, number>> {
    this.logger.info('fetching custom rate feed');
    // vuln: CWE-918
    const { statusCode, body } = await request(feedUrl, { method: 'GET', maxRedirections: 3 });
    const text = await body.text();
    if (statusCode !== 200) {
      throw Object.assign(new Error(`Feed answered ${statusCode}: ${text.slice(0, 500)}`), { status: 502, expose: true });
    }
    return JSON.parse(text).rates as Record<string, number>;
  }
}
