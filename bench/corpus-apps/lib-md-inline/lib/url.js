'use strict';

const BLOCKED_SCHEMES = /^(javascript|vbscript|data):/;

/**
 * Returns the href to use for a link or image, or null when it must not be linked.
 * Relative URLs, anchors and the usual schemes pass; script-capable schemes are refused.
 */
function cleanUrl(href, options) {
  if (href == null) return null;
  let url = String(href).trim();
  if (url === '') return null;
  if (options.baseUrl && !/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(url)) {
    url = options.baseUrl.replace(/\/+$/, '') + '/' + url.replace(/^\/+/, '');
  }
  if (BLOCKED_SCHEMES.test(url.toLowerCase())) return null;
  return url;
}

/** Normalises the options object once per render call. */
function normalizeOptions(options) {
  const opts = Object.assign({ baseUrl: '', newTab: false, nofollow: true }, options);
  opts.baseUrl = typeof opts.baseUrl === 'string' ? opts.baseUrl : '';
  opts.newTab = Boolean(opts.newTab);
  opts.nofollow = opts.nofollow !== false;
  return opts;
}

module.exports = { cleanUrl, normalizeOptions };
