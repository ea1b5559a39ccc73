import { permuteDomain } from './domain.js';

/**
 * Default in-memory store: cookies indexed by domain, then path, then name
 * (`idx[domain][path][key]`), as most cookie jars do. Every level is a prototype-less object,
 * so names such as `__proto__` or `constructor` are ordinary keys.
 */
export class MemoryStore {
  constructor() {
    /** @type {Record<string, Record<string, Record<string, object>>>} */
    this.idx = Object.create(null);
  }

  /**
   * The per-path index of `domain`, created when missing.
   * @param {string} domain
   * @param {string} path
   */
  pathIndex(domain, path) {
    let byDomain = this.idx[domain];
    if (!byDomain) {
      byDomain = Object.create(null);
      this.idx[domain] = byDomain;
    }
    let byPath = byDomain[path];
    if (!byPath) {
      byPath = Object.create(null);
      // safe: CWE-1321
      byDomain[path] = byPath;
    }
    return byPath;
  }

  /** Stores (or replaces) a cookie. */
  putCookie(cookie) {
    const byPath = this.pathIndex(cookie.domain, cookie.path);
    const previous = byPath[cookie.key];
    if (previous && previous.creation) cookie.creation = previous.creation;
    byPath[cookie.key] = cookie;
  }

  /**
   * Every cookie stored for `host` or one of its parent domains.
   * @param {string} host
   * @returns {object[]}
   */
  findCookies(host) {
    const found = [];
    for (const domain of permuteDomain(host)) {
      if (!Object.prototype.hasOwnProperty.call(this.idx, domain)) continue;
      const byDomain = this.idx[domain];
      for (const path of Object.keys(byDomain)) {
        for (const key of Object.keys(byDomain[path])) found.push(byDomain[path][key]);
      }
    }
    return found;
  }

  /** Removes one cookie. */
  removeCookie(domain, path, key) {
    const byDomain = Object.prototype.hasOwnProperty.call(this.idx, domain) ? this.idx[domain] : null;
    if (byDomain && Object.prototype.hasOwnProperty.call(byDomain, path)) {
      delete byDomain[path][key];
    }
  }

  removeAll() {
    this.idx = Object.create(null);
  }

  /** Plain array of every stored cookie (for persisting the jar). */
  toJSON() {
    const all = [];
    for (const domain of Object.keys(this.idx)) {
      for (const path of Object.keys(this.idx[domain])) {
        for (const key of Object.keys(this.idx[domain][path])) all.push({ ...this.idx[domain][path][key] });
      }
    }
    return all;
  }
}
