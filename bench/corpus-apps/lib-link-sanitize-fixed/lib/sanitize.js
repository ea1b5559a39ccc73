/** What sanitizeUrl() returns for a URL it refuses. */
export const BLANK_URL = 'about:blank';

/** Schemes a link may use; anything else (javascript:, vbscript:, data:, unknown) is refused. */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel', 'ftp']);

/** Text before the first `:` when it looks like a scheme (no `/`, `?` or `#` before it). */
const SCHEME = /^([^:/?#]+):/;

/** C0 controls, DEL and C1 controls, and every kind of whitespace: browsers drop them from URLs. */
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/** Numeric character references (`&#106;`, `&#x6a`, with or without `;`). */
const NUMERIC_ENTITY = /&#(x[0-9a-f]+|\d+);?/gi;

/** Named references that spell URL punctuation or whitespace. */
const NAMED_ENTITY = /&(colon|tab|newline|sol|quest|num|lpar|rpar|period|nbsp);?/gi;
const NAMED = { colon: ':', tab: '\t', newline: '\n', sol: '/', quest: '?', num: '#', lpar: '(', rpar: ')', period: '.', nbsp: '\u00a0' };

function decodeOnce(text) {
  return text
    .replace(NUMERIC_ENTITY, (m, code) => {
      const n = code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : parseInt(code, 10);
      return Number.isFinite(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
    })
    .replace(NAMED_ENTITY, (m, name) => NAMED[name.toLowerCase()]);
}

/**
 * Decodes character references (repeatedly, so `&amp;#106;` is caught too) and removes the
 * characters browsers ignore in URLs, so the scheme is checked as the browser will read it.
 * @param {string} text
 */
function canonical(text) {
  let current = text;
  for (let i = 0; i < 5; i++) {
    const next = decodeOnce(current.replace(/&amp;/gi, '&'));
    if (next === current) break;
    current = next;
  }
  return current.replace(CONTROL_OR_SPACE, '');
}

/**
 * Makes a user-supplied URL safe to use as a link target: relative URLs and `http`, `https`,
 * `mailto`, `tel` and `ftp` URLs pass (in their canonical form), anything else becomes
 * `about:blank`.
 *
 * @param {unknown} url
 * @returns {string}
 */
export function sanitizeUrl(url) {
  if (url == null || url === '') return BLANK_URL;
  const clean = canonical(String(url));
  if (!clean) return BLANK_URL;
  if (clean[0] === '/' || clean[0] === '.' || clean[0] === '#' || clean[0] === '?') {
    return clean;
  }
  const m = SCHEME.exec(clean);
  if (!m) return clean;
  return ALLOWED_SCHEMES.has(m[1].toLowerCase()) ? clean : BLANK_URL;
}
