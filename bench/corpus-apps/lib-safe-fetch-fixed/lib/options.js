'use strict';

/**
 * @typedef {object} FetchOptions
 * @property {number} [timeout]       milliseconds (default 10000)
 * @property {number} [maxRedirects]  default 3
 * @property {number} [maxBytes]      largest body read (default 5 MiB)
 * @property {string[]} [protocols]   allowed URL schemes (default http: and https:)
 * @property {Record<string, string>} [headers]
 */

const DEFAULTS = { timeout: 10000, maxRedirects: 3, maxBytes: 5 * 1024 * 1024, protocols: ['http:', 'https:'], headers: {} };

/**
 * @param {FetchOptions} [options]
 * @returns {Required<FetchOptions>}
 */
function normalizeOptions(options = {}) {
  const o = { ...DEFAULTS, ...options };
  for (const key of ['timeout', 'maxRedirects', 'maxBytes']) {
    const n = Number(o[key]);
    o[key] = Number.isFinite(n) && n >= 0 ? n : DEFAULTS[key];
  }
  o.protocols = [].concat(o.protocols).map((p) => String(p).toLowerCase());
  o.headers = { 'user-agent': 'guarded-fetch/1.1', ...o.headers };
  return o;
}

module.exports = { normalizeOptions };
