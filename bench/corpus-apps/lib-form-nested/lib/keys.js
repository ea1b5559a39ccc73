'use strict';

/**
 * Splits a bracketed field name into its segments:
 * `a[b][c]` → `['a', 'b', 'c']`, `list[]` → `['list', '']`, `a.b` → `['a.b']`.
 * Segments past `depth` are kept together as one literal key, like `qs` does.
 *
 * @param {string} name
 * @param {number} depth
 * @returns {string[]}
 */
function splitKey(name, depth) {
  const text = String(name);
  const open = text.indexOf('[');
  if (open <= 0) return [text];
  const segments = [text.slice(0, open)];
  let rest = text.slice(open);
  while (rest.startsWith('[') && segments.length <= depth) {
    const close = rest.indexOf(']');
    if (close === -1) break;
    segments.push(rest.slice(1, close));
    rest = rest.slice(close + 1);
  }
  if (rest) segments[segments.length - 1] += rest;
  return segments;
}

/**
 * True for a segment that addresses an array slot (`''` for push, or a small index).
 * @param {string} segment
 * @param {number} arrayLimit
 */
function isArraySegment(segment, arrayLimit) {
  if (segment === '') return true;
  return /^\d{1,6}$/.test(segment) && Number(segment) <= arrayLimit;
}

module.exports = { splitKey, isArraySegment };
