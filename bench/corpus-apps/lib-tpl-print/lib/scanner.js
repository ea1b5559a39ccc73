'use strict';

const { escapeRegExpChars } = require('./utils');

/**
 * @typedef {{ type: 'text', value: string } | { type: 'code' | 'escaped' | 'raw', value: string }} Token
 */

/**
 * Splits template source into text and tag tokens.
 * `<% code %>`, `<%= escaped %>`, `<%- raw %>`, `<%# comment %>`, `<%% literal`.
 * @param {string} source
 * @param {string} delimiter single character, `%` by default
 * @returns {Token[]}
 */
function scan(source, delimiter) {
  const d = escapeRegExpChars(delimiter);
  const tag = new RegExp(`<${d}([=\\-#${d}]?)([\\s\\S]*?)${d}>`, 'g');
  const tokens = [];
  let last = 0;
  let match;
  while ((match = tag.exec(source)) !== null) {
    if (match.index > last) tokens.push({ type: 'text', value: source.slice(last, match.index) });
    const [, kind, body] = match;
    if (kind === '=') tokens.push({ type: 'escaped', value: body.trim() });
    else if (kind === '-') tokens.push({ type: 'raw', value: body.trim() });
    else if (kind === delimiter) tokens.push({ type: 'text', value: `<${delimiter}${body}${delimiter}>` });
    else if (kind !== '#') tokens.push({ type: 'code', value: body });
    last = tag.lastIndex;
  }
  if (last < source.length) tokens.push({ type: 'text', value: source.slice(last) });
  return tokens;
}

module.exports = { scan };
