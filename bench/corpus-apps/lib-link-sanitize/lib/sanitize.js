/** What sanitizeUrl() returns for a URL it refuses. */
export const BLANK_URL = 'about:blank';

/** Schemes that run script or render attacker markup when used as a link target. */
const BLOCKED_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

/** Text before the first `:` when it looks like a scheme (no `/`, `?` or `#` before it). */
const SCHEME = /^([^:/?#]+):/;

/**
 * Makes a user-supplied URL safe to use as a link target: relative URLs and ordinary schemes
 * pass unchanged, `javascript:`, `vbscript:` and `data:` URLs become `about:blank`.
 *
 * @param {unknown} url
 * @returns {string}
 */
export function sanitizeUrl(url) {
  if (url == null || url === '') return BLANK_URL;
  const trimmed = String(url).trim();
  if (trimmed[0] === '/' || trimmed[0] === '.' || trimmed[0] === '#' || trimmed[0] === '?') {
    return trimmed;
  }
  const m = SCHEME.exec(trimmed);
  if (!m) return trimmed;
  const scheme = m[1].toLowerCase();
  return BLOCKED_SCHEMES.has(scheme) ? BLANK_URL : trimmed;
}
