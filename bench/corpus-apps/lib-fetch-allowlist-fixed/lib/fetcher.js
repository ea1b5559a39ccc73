'use strict';

const { parseUrl, formatHost, resolveLocation } = require('./url');
const { compileAllowList } = require('./allow');

const DEFAULTS = {
  allowHosts: [],
  protocols: ['https:'],
  maxRedirects: 3,
  timeout: 10000,
  maxBytes: 5 * 1024 * 1024,
  headers: { 'user-agent': 'hostgate-fetch/2.1' },
};

class HostNotAllowedError extends Error {
  constructor(url, reason) {
    super(`hostgate-fetch: ${reason}: ${url}`);
    this.name = 'HostNotAllowedError';
    this.url = url;
  }
}

/**
 * @param {Partial<typeof DEFAULTS>} options
 */
function normalize(options) {
  const opts = { ...DEFAULTS, ...options, headers: { ...DEFAULTS.headers, ...(options.headers || {}) } };
  opts.protocols = opts.protocols.map((p) => (p.endsWith(':') ? p : `${p}:`).toLowerCase());
  opts.maxRedirects = Math.max(0, Math.min(10, Number.parseInt(opts.maxRedirects, 10) || 0));
  opts.timeout = Math.max(100, Number(opts.timeout) || DEFAULTS.timeout);
  opts.maxBytes = Math.max(1, Number(opts.maxBytes) || DEFAULTS.maxBytes);
  return opts;
}

/**
 * Throws unless the URL's scheme and host are allowed and it carries no credentials; returns the
 * parsed URL, whose normalised `href` is what gets fetched.
 */
function assertAllowed(url, opts, allowed) {
  const parts = parseUrl(url);
  if (!parts) throw new HostNotAllowedError(url, 'not an absolute URL');
  if (!opts.protocols.includes(parts.protocol)) throw new HostNotAllowedError(url, `scheme ${parts.protocol} not allowed`);
  if (parts.auth) throw new HostNotAllowedError(url, 'credentials in URL not allowed');
  if (!allowed(parts.hostname, parts.port)) throw new HostNotAllowedError(url, `host ${formatHost(parts)} not allowed`);
  return parts;
}

async function readLimited(res, maxBytes) {
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) throw new Error(`hostgate-fetch: response larger than ${maxBytes} bytes`);
  const chunks = [];
  let total = 0;
  for await (const chunk of res.body) {
    total += chunk.length;
    if (total > maxBytes) throw new Error(`hostgate-fetch: response larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Returns `fetchAllowed(url, init)`, which resolves `{ status, headers, url, body: Buffer }`.
 * Redirects are followed by hand so that every hop is checked against the allow-list.
 *
 * @param {Partial<typeof DEFAULTS>} options
 */
function createFetch(options = {}) {
  const opts = normalize(options);
  const allowed = compileAllowList(opts.allowHosts);

  return async function fetchAllowed(url, init = {}) {
    let current = String(url);
    for (let hop = 0; hop <= opts.maxRedirects; hop += 1) {
      const target = assertAllowed(current, opts, allowed);
      current = target.href;
      const signal = AbortSignal.timeout(opts.timeout);
      // safe: CWE-918
      const res = await fetch(target.href, { ...init, headers: { ...opts.headers, ...(init.headers || {}) }, redirect: 'manual', signal });
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        current = resolveLocation(location, current);
        if (res.status === 303) init = { ...init, method: 'GET', body: undefined };
        continue;
      }
      const body = await readLimited(res, opts.maxBytes);
      return { status: res.status, headers: Object.fromEntries(res.headers), url: current, body };
    }
    throw new Error(`hostgate-fetch: more than ${opts.maxRedirects} redirects`);
  };
}

module.exports = { createFetch, HostNotAllowedError, DEFAULTS };
