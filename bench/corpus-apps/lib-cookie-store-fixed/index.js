import { parseSetCookie, serializeCookie } from './lib/parse.js';
import { canonicalDomain, domainMatch, defaultPath, pathMatch } from './lib/domain.js';
import { MemoryStore } from './lib/memory-store.js';

/**
 * @typedef {object} JarOptions
 * @property {object}  [store]            a store with putCookie / findCookies / removeCookie
 * @property {boolean} [looseMode]        accept `name`-less cookies (`Set-Cookie: value`)
 * @property {boolean} [allowSecureOnHttp] keep `Secure` cookies set over plain http (tests)
 */

const DEFAULT_OPTIONS = {
  looseMode: false,
  allowSecureOnHttp: false,
};

export class CookieJar {
  /** @param {JarOptions} [options] */
  constructor(options = {}) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.store = options.store || new MemoryStore();
  }

  /**
   * Stores a cookie received in a `Set-Cookie` header of a response from `url`.
   * @param {string} header the header value
   * @param {string|URL} url the URL the response came from
   * @returns {object|null} the stored cookie, or null when it was rejected
   */
  setCookie(header, url) {
    const u = new URL(String(url));
    const cookie = parseSetCookie(header, { loose: this.options.looseMode });
    if (!cookie) return null;
    const host = canonicalDomain(u.hostname);
    if (cookie.domain) {
      const domain = canonicalDomain(cookie.domain);
      if (!domainMatch(host, domain)) return null;
      cookie.domain = domain;
      cookie.hostOnly = false;
    } else {
      cookie.domain = host;
      cookie.hostOnly = true;
    }
    if (!cookie.path || cookie.path[0] !== '/') cookie.path = defaultPath(u.pathname);
    if (cookie.secure && u.protocol !== 'https:' && !this.options.allowSecureOnHttp) return null;
    cookie.creation = Date.now();
    this.store.putCookie(cookie);
    return cookie;
  }

  /**
   * Cookies to send with a request to `url`.
   * @param {string|URL} url
   * @returns {object[]}
   */
  getCookies(url) {
    const u = new URL(String(url));
    const host = canonicalDomain(u.hostname);
    const now = Date.now();
    return this.store.findCookies(host, u.pathname)
      .filter((c) => !c.hostOnly || c.domain === host)
      .filter((c) => pathMatch(u.pathname, c.path))
      .filter((c) => !c.secure || u.protocol === 'https:')
      .filter((c) => !c.expires || c.expires > now)
      .sort((a, b) => b.path.length - a.path.length || a.creation - b.creation);
  }

  /**
   * The `Cookie` request header for `url`.
   * @param {string|URL} url
   */
  getCookieString(url) {
    return this.getCookies(url).map(serializeCookie).join('; ');
  }

  /** Removes every cookie of the store. */
  removeAllCookies() {
    this.store.removeAll();
  }
}

export { MemoryStore, parseSetCookie, serializeCookie, canonicalDomain };
