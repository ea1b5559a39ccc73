'use strict';

const { normalizeOptions } = require('./lib/options');
const { assertAllowedUrl } = require('./lib/guard');
const { request } = require('./lib/request');

/**
 * Fetches a URL supplied by a user, refusing private and loopback hosts and following at most
 * `maxRedirects` redirects (each one checked again).
 * @param {string} url
 * @param {import('./lib/options').FetchOptions} [options]
 * @returns {Promise<{ url: string, status: number, headers: object, body: Buffer }>}
 */
async function safeFetch(url, options) {
  const o = normalizeOptions(options);
  let current = assertAllowedUrl(url, o);
  for (let hop = 0; ; hop++) {
    const res = await request(current, o);
    if (res.status >= 300 && res.status < 400 && res.headers.location) {
      if (hop >= o.maxRedirects) throw new Error(`Too many redirects (max ${o.maxRedirects})`);
      current = assertAllowedUrl(new URL(res.headers.location, current).href, o);
      continue;
    }
    return { url: current.href, ...res };
  }
}

module.exports = { safeFetch, assertAllowedUrl: (url, options) => assertAllowedUrl(url, normalizeOptions(options)) };
