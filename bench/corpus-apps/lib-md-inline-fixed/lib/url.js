'use strict';

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n' };

/** Decodes the character references an HTML parser would decode in an attribute value. */
function decodeEntities(str) {
  return str.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (all, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    const named = NAMED[ref.toLowerCase()];
    return named === undefined ? all : named;
  });
}

/**
 * Returns the href to use for a link or image, or null when it must not be linked.
 * The URL is decoded as the browser will read it, control characters and whitespace are
 * removed, and only http, https, mailto and scheme-less URLs are accepted.
 */
function cleanUrl(href, options) {
  if (href == null) return null;
  // eslint-disable-next-line no-control-regex
  let url = decodeEntities(String(href)).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (url === '') return null;
  if (options.baseUrl && !/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(url)) {
    url = options.baseUrl.replace(/\/+$/, '') + '/' + url.replace(/^\/+/, '');
  }
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url);
  if (scheme && !ALLOWED_SCHEMES.has(scheme[1].toLowerCase())) return null;
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

module.exports = { cleanUrl, normalizeOptions, decodeEntities };
