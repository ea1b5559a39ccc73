'use strict';

/**
 * Strips surrounding quotes and decodes the few escapes INI writers use.
 * `"a;b"` → `a;b`, `'x'` → `x`, `plain ; comment` → `plain`.
 * @param {string} raw
 * @returns {string}
 */
function unquote(raw) {
  const value = raw.trim();
  if (value.length >= 2) {
    const first = value[0];
    if ((first === '"' || first === "'") && value[value.length - 1] === first) {
      const inner = value.slice(1, -1);
      return first === '"' ? inner.replace(/\\(["\\nt])/g, (m, c) => ESCAPES[c]) : inner;
    }
  }
  // inline comments are only recognised after whitespace
  const hash = value.search(/\s[;#]/);
  return hash === -1 ? value : value.slice(0, hash).trimEnd();
}

const ESCAPES = { '"': '"', '\\': '\\', n: '\n', t: '\t' };

/**
 * Converts `true` / `false` / `null` literals; leaves everything else a string.
 * @param {string} value
 * @param {boolean} coerce
 */
function literal(value, coerce) {
  if (!coerce) return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (value === 'null') return null;
  return value;
}

/**
 * Quotes a value for output when it would otherwise be read back differently.
 * @param {unknown} value
 * @returns {string}
 */
function safeQuote(value) {
  const text = String(value);
  if (/^\s|\s$|[;#="\n]/.test(text)) return JSON.stringify(text);
  return text;
}

module.exports = { unquote, literal, safeQuote };
