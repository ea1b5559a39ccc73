'use strict';

const { TomlError } = require('./errors');
const { parseValue } = require('./values');

const BARE_KEY = /^[A-Za-z0-9_-]+$/;

// A key part that would resolve to Object.prototype when used as a property name.
const RESERVED_KEYS = new Set(['__proto__']);

const own = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

/** Splits `a."b.c".d` into ['a', 'b.c', 'd']. */
function splitKey(text, line) {
  const parts = [];
  let i = 0;
  const s = text.trim();
  while (i < s.length) {
    while (s[i] === ' ' || s[i] === '\t') i++;
    let part;
    if (s[i] === '"' || s[i] === "'") {
      const quote = s[i];
      const end = s.indexOf(quote, i + 1);
      if (end < 0) throw new TomlError('Unterminated quoted key', line, i);
      part = s.slice(i + 1, end);
      i = end + 1;
    } else {
      let end = i;
      while (end < s.length && s[end] !== '.' && s[end] !== ' ' && s[end] !== '\t') end++;
      part = s.slice(i, end);
      if (!BARE_KEY.test(part)) throw new TomlError(`Invalid key ${JSON.stringify(part)}`, line, i);
      i = end;
    }
    if (RESERVED_KEYS.has(part)) throw new TomlError(`Reserved key ${JSON.stringify(part)}`, line, i);
    parts.push(part);
    while (s[i] === ' ' || s[i] === '\t') i++;
    if (i < s.length) {
      if (s[i] !== '.') throw new TomlError('Expected "." in dotted key', line, i);
      i++;
    }
  }
  if (!parts.length) throw new TomlError('Empty key', line, 0);
  return parts;
}

const isTable = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);

/** Walks (and creates) the tables named by `parts`; arrays of tables resolve to their last element. */
function descend(root, parts, line) {
  let node = root;
  for (const part of parts) {
    let next = own(node, part) ? node[part] : undefined;
    if (next === undefined) {
      next = {};
      // safe: CWE-1321
      node[part] = next;
    } else if (Array.isArray(next) && next.length && isTable(next[next.length - 1])) {
      next = next[next.length - 1];
    } else if (!isTable(next)) {
      throw new TomlError(`Key ${JSON.stringify(part)} is already a value`, line, 0);
    }
    node = next;
  }
  return node;
}

function stripComment(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#') return line.slice(0, i);
  }
  return line;
}

function parse(source, options = {}) {
  if (typeof source !== 'string') throw new TypeError('tomlette.parse expects a string');
  const root = {};
  let current = root;
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);

  for (let n = 0; n < lines.length; n++) {
    const lineNo = n + 1;
    const line = stripComment(lines[n]).trim();
    if (!line) continue;

    if (line.startsWith('[[')) {
      if (!line.endsWith(']]')) throw new TomlError('Unterminated array-of-tables header', lineNo, 0);
      const parts = splitKey(line.slice(2, -2), lineNo);
      const last = parts.pop();
      const parent = descend(root, parts, lineNo);
      if (!own(parent, last)) {
        // safe: CWE-1321
        parent[last] = [];
      }
      if (!Array.isArray(parent[last])) throw new TomlError(`Key ${JSON.stringify(last)} is not an array of tables`, lineNo, 0);
      current = {};
      parent[last].push(current);
      continue;
    }

    if (line.startsWith('[')) {
      if (!line.endsWith(']')) throw new TomlError('Unterminated table header', lineNo, 0);
      current = descend(root, splitKey(line.slice(1, -1), lineNo), lineNo);
      continue;
    }

    const eq = line.indexOf('=');
    if (eq < 0) throw new TomlError('Expected key = value', lineNo, 0);
    const keyParts = splitKey(line.slice(0, eq), lineNo);
    const last = keyParts.pop();
    const target = descend(current, keyParts, lineNo);
    if (own(target, last)) {
      throw new TomlError(`Duplicate key ${JSON.stringify(last)}`, lineNo, 0);
    }
    // safe: CWE-1321
    target[last] = parseValue(line.slice(eq + 1), lineNo, options);
  }

  return root;
}

module.exports = { parse, splitKey };
