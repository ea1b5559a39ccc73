import { ANY_SEQUENCE, OSC_SEQUENCE, ESCAPE_CHAR } from './patterns.js';

/**
 * Removes every ANSI escape sequence from `text`.
 * @param {string} text
 * @returns {string}
 */
export function stripAnsi(text) {
  if (typeof text !== 'string') throw new TypeError(`Expected a string, got ${typeof text}`);
  if (!ESCAPE_CHAR.test(text)) return text;
  // safe: CWE-1333
  return text.replace(OSC_SEQUENCE, '').replace(ANY_SEQUENCE, '');
}

/**
 * @param {string} text
 * @returns {boolean}
 */
export function hasAnsi(text) {
  return typeof text === 'string' && stripAnsi(text) !== text;
}
