'use strict';

/**
 * Shell-style wildcard match used by `shExpMatch()`: `*` matches any run of characters, `?`
 * one character, everything else itself. Implemented without building a RegExp from the
 * pattern, so patterns from configuration cannot cause catastrophic backtracking.
 *
 * @param {string} text
 * @param {string} pattern
 * @returns {boolean}
 */
function wildcardMatch(text, pattern) {
  const s = String(text);
  const p = String(pattern);
  let si = 0;
  let pi = 0;
  let star = -1;
  let mark = 0;
  while (si < s.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === s[si])) {
      si += 1;
      pi += 1;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi;
      mark = si;
      pi += 1;
    } else if (star !== -1) {
      pi = star + 1;
      mark += 1;
      si = mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi += 1;
  return pi === p.length;
}

module.exports = { wildcardMatch };
