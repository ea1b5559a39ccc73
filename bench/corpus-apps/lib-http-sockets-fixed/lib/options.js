'use strict';

const { RequestError } = require('./errors');

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

const defaults = {
  method: 'GET',
  headers: { 'user-agent': 'plumb-http/11.8.5 (https://github.com/kmensah/plumb-http)' },
  prefixUrl: '',
  followRedirect: true,
  maxRedirects: 10,
  timeout: 30000,
  responseType: 'text',
  throwHttpErrors: true,
  decompress: false,
  hooks: { beforeRequest: [], beforeRedirect: [], afterResponse: [] },
};

function lowercaseKeys(object) {
  const result = {};
  for (const key of Object.keys(object || {})) result[key.toLowerCase()] = object[key];
  return result;
}

function mergeHooks(base, extra) {
  const hooks = {};
  for (const name of Object.keys(defaults.hooks)) {
    const more = extra && Array.isArray(extra[name]) ? extra[name] : [];
    hooks[name] = [...((base && base[name]) || []), ...more];
  }
  return hooks;
}

function mergeOptions(base, options = {}) {
  return {
    ...base,
    ...options,
    headers: { ...lowercaseKeys(base.headers), ...lowercaseKeys(options.headers) },
    hooks: mergeHooks(base.hooks, options.hooks),
  };
}

/** (url, options) with instance defaults → normalised options with a WHATWG `URL`. */
function normalizeArguments(input, options, base) {
  if (input && typeof input === 'object' && !(input instanceof URL)) {
    options = input;
    input = options.url;
  }
  const merged = mergeOptions(base || defaults, options);
  merged.method = String(merged.method || 'GET').toUpperCase();
  if (!METHODS.has(merged.method)) throw new RequestError(`Unsupported method ${merged.method}`);

  let urlString = input instanceof URL ? input.toString() : String(input == null ? '' : input);
  if (merged.prefixUrl) {
    const prefix = String(merged.prefixUrl).endsWith('/') ? String(merged.prefixUrl) : `${merged.prefixUrl}/`;
    if (urlString.startsWith('/')) throw new RequestError('`input` must not start with a slash when using `prefixUrl`');
    urlString = prefix + urlString;
  }
  const url = new URL(urlString);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RequestError(`Unsupported protocol "${url.protocol}"`);
  }
  if (merged.searchParams) {
    const params = new URLSearchParams(merged.searchParams);
    for (const [key, value] of params) url.searchParams.append(key, value);
  }
  merged.url = url;
  merged.maxRedirects = Math.max(0, Math.min(Number(merged.maxRedirects) || 0, 20));
  merged.timeout = Number(merged.timeout) > 0 ? Number(merged.timeout) : defaults.timeout;
  if (merged.json !== undefined) {
    merged.body = JSON.stringify(merged.json);
    merged.headers['content-type'] = merged.headers['content-type'] || 'application/json';
  }
  if (merged.body !== undefined && merged.headers['content-length'] === undefined) {
    merged.headers['content-length'] = String(Buffer.byteLength(merged.body));
  }
  return merged;
}

module.exports = { normalizeArguments, mergeOptions, defaults };
