'use strict';

const { TomlError } = require('./errors');

const INTEGER = /^[+-]?(?:0|[1-9](?:_?\d)*)$/;
const HEX = /^0x[0-9a-fA-F](?:_?[0-9a-fA-F])*$/;
const FLOAT = /^[+-]?(?:0|[1-9](?:_?\d)*)(?:\.\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})?)?$/;

const ESCAPES = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };

function unescapeBasic(body, line) {
  return body.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (m, esc) => {
    if (esc[0] === 'u' || esc[0] === 'U') return String.fromCodePoint(parseInt(esc.slice(1), 16));
    if (esc in ESCAPES) return ESCAPES[esc];
    throw new TomlError(`Invalid escape \\${esc}`, line, 0);
  });
}

/** Splits the inside of an inline array on top-level commas. */
function splitArray(body) {
  const items = [];
  let depth = 0;
  let quote = null;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[') depth++;
    else if (ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      items.push(body.slice(start, i));
      start = i + 1;
    }
  }
  const last = body.slice(start);
  if (last.trim()) items.push(last);
  return items.map((s) => s.trim()).filter(Boolean);
}

function parseValue(raw, line, options) {
  const text = raw.trim();
  if (text.startsWith('"')) {
    if (!text.endsWith('"') || text.length < 2) throw new TomlError('Unterminated string', line, 0);
    return unescapeBasic(text.slice(1, -1), line);
  }
  if (text.startsWith("'")) {
    if (!text.endsWith("'") || text.length < 2) throw new TomlError('Unterminated literal string', line, 0);
    return text.slice(1, -1);
  }
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text.startsWith('[')) {
    if (!text.endsWith(']')) throw new TomlError('Unterminated array', line, 0);
    return splitArray(text.slice(1, -1)).map((item) => parseValue(item, line, options));
  }
  if (INTEGER.test(text)) {
    const n = Number(text.replace(/_/g, ''));
    if (!Number.isSafeInteger(n) && options.bigint) return BigInt(text.replace(/_/g, ''));
    return n;
  }
  if (HEX.test(text)) return parseInt(text.slice(2).replace(/_/g, ''), 16);
  if (FLOAT.test(text)) return Number(text.replace(/_/g, ''));
  if (text === 'inf' || text === '+inf') return Infinity;
  if (text === '-inf') return -Infinity;
  if (text === 'nan') return NaN;
  if (DATE.test(text)) return new Date(text.replace(' ', 'T'));
  throw new TomlError(`Invalid value ${JSON.stringify(text.slice(0, 40))}`, line, 0);
}

module.exports = { parseValue, splitArray };
