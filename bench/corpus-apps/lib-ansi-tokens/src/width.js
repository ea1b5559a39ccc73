import { stripAnsi } from './strip.js';

/** East Asian wide / fullwidth ranges that take two terminal columns. */
function isWide(code) {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/**
 * Number of terminal columns `text` occupies once escape codes are removed.
 * @param {string} text
 * @returns {number}
 */
export function visibleWidth(text) {
  let width = 0;
  for (const ch of stripAnsi(text)) {
    const code = ch.codePointAt(0);
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0x300 && code <= 0x36f)) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

/**
 * Cuts plain text to `columns`, appending `ellipsis` when something was removed.
 * @param {string} text
 * @param {number} columns
 * @param {{ ellipsis?: string }} [options]
 */
export function truncate(text, columns, { ellipsis = '…' } = {}) {
  const plain = stripAnsi(text);
  if (visibleWidth(plain) <= columns) return plain;
  let out = '';
  let width = 0;
  for (const ch of plain) {
    const w = visibleWidth(ch);
    if (width + w > columns - 1) break;
    out += ch;
    width += w;
  }
  return out + ellipsis;
}
