import { normalizeDataUrl, isDataUrl } from './data-url.js';

export const DEFAULTS = Object.freeze({
  defaultProtocol: 'http',
  normalizeProtocol: true,
  forceHttps: false,
  stripAuthentication: true,
  stripHash: false,
  stripWWW: true,
  removeQueryParameters: [/^utm_\w+/i, 'fbclid', 'gclid', 'ref'],
  removeTrailingSlash: true,
  removeDirectoryIndex: false,
  sortQueryParameters: true,
});

const DIRECTORY_INDEX = /^index\.[a-z]{2,5}$/;

function matchesFilter(name, filters) {
  return filters.some((filter) => (filter instanceof RegExp ? filter.test(name) : filter === name));
}

/**
 * Normalizes `urlString` so that equivalent URLs compare equal:
 *
 *   normalizeUrl('HTTP://www.Example.com:80/a//b/?utm_source=x&b=2&a=1#top')
 *     === 'http://example.com/a/b?a=1&b=2#top'
 */
export function normalizeUrl(urlString, userOptions = {}) {
  const options = { ...DEFAULTS, ...userOptions };
  urlString = String(urlString).trim();

  if (isDataUrl(urlString)) {
    return normalizeDataUrl(urlString, options);
  }

  const hasRelativeProtocol = urlString.startsWith('//');
  const isRelativeUrl = !hasRelativeProtocol && /^\.*\//.test(urlString);
  if (!isRelativeUrl) {
    urlString = urlString.replace(/^(?!(?:\w+:)?\/\/)|^\/\//, `${options.defaultProtocol}://`);
  }

  const url = new URL(urlString);

  if (options.forceHttps && url.protocol === 'http:') {
    url.protocol = 'https:';
  }
  if (options.stripAuthentication) {
    url.username = '';
    url.password = '';
  }
  if (options.stripHash) {
    url.hash = '';
  }

  if (url.pathname) {
    url.pathname = url.pathname.replace(/\/{2,}/g, '/');
    try {
      url.pathname = decodeURI(url.pathname);
    } catch {
      // keep the percent-encoded form when it is not valid UTF-8
    }
  }

  if (options.removeDirectoryIndex) {
    const segments = url.pathname.split('/');
    if (DIRECTORY_INDEX.test(segments[segments.length - 1])) {
      segments.pop();
      url.pathname = `${segments.join('/')}/`;
    }
  }

  if (url.hostname) {
    url.hostname = url.hostname.replace(/\.$/, '');
    if (options.stripWWW && /^www\.(?!www\.)[a-z\-\d]{1,63}\.[a-z.\-\d]{2,63}$/.test(url.hostname)) {
      url.hostname = url.hostname.slice(4);
    }
  }

  if (Array.isArray(options.removeQueryParameters)) {
    for (const key of [...url.searchParams.keys()]) {
      if (matchesFilter(key, options.removeQueryParameters)) {
        url.searchParams.delete(key);
      }
    }
  }

  if (options.sortQueryParameters) {
    url.searchParams.sort();
  }

  if (options.removeTrailingSlash) {
    url.pathname = url.pathname.replace(/\/$/, '');
  }

  let result = url.toString();
  if ((options.removeTrailingSlash || url.pathname === '/') && url.hash === '') {
    result = result.replace(/\/$/, '');
  }
  if (hasRelativeProtocol && !options.normalizeProtocol) {
    result = result.replace(/^http:\/\//, '//');
  }
  return result;
}

/**
 * True when both URLs normalize to the same string (cache keys, bookmark dedupe).
 */
export function sameUrl(a, b, options) {
  return normalizeUrl(a, options) === normalizeUrl(b, options);
}
