'use strict';

const TAG = /\{\{([^{}]*)\}\}/g;
const IDENT = /^[A-Za-z_$][\w$]*$/;
const PATH = /^(?:\.|[A-Za-z_$][\w$]*(?:\.[\w$]+)*)$/;

/**
 * @typedef {{ type: 'text', value: string }
 *   | { type: 'var', path: string }
 *   | { type: 'open', block: 'if'|'each', path: string, alias?: string }
 *   | { type: 'close', block: 'if'|'each' }} Token
 */

function checkPath(path, tag) {
  if (!PATH.test(path)) throw new SyntaxError(`Invalid path in {{${tag}}}`);
  return path;
}

function parseTag(inner) {
  const tag = inner.trim();
  if (tag.startsWith('!')) return null;
  if (tag === '/if' || tag === '/each') return { type: 'close', block: tag.slice(1) };
  if (tag.startsWith('#if ')) return { type: 'open', block: 'if', path: checkPath(tag.slice(4).trim(), tag) };
  if (tag.startsWith('#each ')) {
    const parts = tag.slice(6).trim().split(/\s+/);
    const alias = parts[2] || 'item';
    if ((parts.length !== 1 && (parts.length !== 3 || parts[1] !== 'as')) || !IDENT.test(alias)) {
      throw new SyntaxError(`Invalid {{${tag}}}`);
    }
    return { type: 'open', block: 'each', path: checkPath(parts[0], tag), alias };
  }
  return { type: 'var', path: checkPath(tag, tag) };
}

/**
 * Splits a template into text and tag tokens.
 * @param {string} source
 * @returns {Token[]}
 */
function tokenize(source) {
  const tokens = [];
  let last = 0;
  let m;
  TAG.lastIndex = 0;
  while ((m = TAG.exec(source)) !== null) {
    if (m.index > last) tokens.push({ type: 'text', value: source.slice(last, m.index) });
    const token = parseTag(m[1]);
    if (token) tokens.push(token);
    last = TAG.lastIndex;
  }
  if (last < source.length) tokens.push({ type: 'text', value: source.slice(last) });
  return tokens;
}

module.exports = { tokenize, IDENT };
