import { parseCacheControl, formatCacheControl, parseVary, toSeconds, parseHttpDate } from './lib/header.js';
import { parseDuration, formatDuration } from './lib/duration.js';

const CACHEABLE_STATUS = new Set([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501]);
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

/**
 * Caching decisions for one request/response pair, as a shared (proxy) or private cache.
 *
 *   const policy = new CachePolicy(req, res, { shared: true, defaultTtl: '5m' });
 *   if (policy.storable()) cache.set(key, { policy: policy.toObject(), body }, policy.timeToLive());
 */
export class CachePolicy {
  constructor(req, res, options = {}) {
    this.shared = options.shared !== false;
    this.defaultTtl = parseDuration(options.defaultTtl ?? 0) || 0;
    this.maxTtl = parseDuration(options.maxTtl ?? '1y');
    this.now = options.now || Date.now;
    this.responseTime = this.now();
    this.method = (req.method || 'GET').toUpperCase();
    this.reqHeaders = lower(req.headers);
    this.status = res.status === undefined ? 200 : res.status;
    this.resHeaders = lower(res.headers);
    this.reqcc = parseCacheControl(this.reqHeaders['cache-control']);
    this.rescc = parseCacheControl(this.resHeaders['cache-control']);
    if (this.reqHeaders.pragma && /no-cache/i.test(this.reqHeaders.pragma) && !this.reqHeaders['cache-control']) {
      this.reqcc['no-cache'] = true;
    }
  }

  storable() {
    if (this.reqcc['no-store'] || this.rescc['no-store']) return false;
    if (this.method !== 'GET' && this.method !== 'HEAD') return false;
    if (!CACHEABLE_STATUS.has(this.status)) return false;
    if (this.shared && this.rescc.private) return false;
    if (this.shared && this.reqHeaders.authorization && !this.rescc.public && !this.rescc['s-maxage'] && !this.rescc['must-revalidate']) {
      return false;
    }
    if (parseVary(this.resHeaders.vary).includes('*')) return false;
    return true;
  }

  maxAge() {
    if (this.rescc['no-cache']) return 0;
    if (this.shared && this.rescc['s-maxage'] !== undefined) return toSeconds(this.rescc['s-maxage']);
    if (this.rescc['max-age'] !== undefined) return toSeconds(this.rescc['max-age']);
    const expires = parseHttpDate(this.resHeaders.expires);
    if (!Number.isNaN(expires)) {
      const date = parseHttpDate(this.resHeaders.date);
      const base = Number.isNaN(date) ? this.responseTime : date;
      return Math.max(0, Math.floor((expires - base) / 1000));
    }
    return Math.floor(this.defaultTtl / 1000);
  }

  age() {
    const header = toSeconds(this.resHeaders.age);
    return header + Math.floor((this.now() - this.responseTime) / 1000);
  }

  timeToLive() {
    const ttl = Math.max(0, this.maxAge() - this.age()) * 1000;
    return this.maxTtl ? Math.min(ttl, this.maxTtl) : ttl;
  }

  stale() {
    return this.maxAge() <= this.age();
  }

  /** Headers a cache should send when serving the stored response. */
  responseHeaders() {
    const out = {};
    for (const [name, value] of Object.entries(this.resHeaders)) {
      if (!HOP_BY_HOP.has(name)) out[name] = value;
    }
    out.age = String(this.age());
    return out;
  }

  /** Conditional request headers for revalidation. */
  revalidationHeaders(incoming = {}) {
    const headers = { ...lower(incoming) };
    if (this.resHeaders.etag) headers['if-none-match'] = this.resHeaders.etag;
    if (this.resHeaders['last-modified']) headers['if-modified-since'] = this.resHeaders['last-modified'];
    return headers;
  }

  toObject() {
    return {
      v: 1, t: this.responseTime, sh: this.shared, m: this.method, st: this.status,
      reqh: this.reqHeaders, resh: this.resHeaders,
    };
  }

  static fromObject(obj, options = {}) {
    if (!obj || obj.v !== 1) throw new Error('cache-rules: unsupported serialized policy');
    const policy = new CachePolicy({ method: obj.m, headers: obj.reqh }, { status: obj.st, headers: obj.resh }, { ...options, shared: obj.sh });
    policy.responseTime = obj.t;
    return policy;
  }
}

function lower(headers = {}) {
  const out = {};
  for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

export { parseCacheControl, formatCacheControl, parseVary, parseDuration, formatDuration };
export default CachePolicy;
