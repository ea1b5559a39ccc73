'use strict';

const CHARS = /[\0\b\t\n\r\x1a"'\\]/g;
const CHARS_ESCAPED = {
  '\0': '\\0',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\x1a': '\\Z',
  '"': '\\"',
  "'": "\\'",
  '\\': '\\\\',
};

/** Quotes a column or table name (`a.b` becomes `` `a`.`b` ``). */
function escapeId(name) {
  return String(name)
    .split('.')
    .map((part) => '`' + part.replace(/`/g, '``') + '`')
    .join('.');
}

/** Turns a JavaScript value into an SQL literal. */
function escapeValue(value) {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('cannot use a non-finite number in SQL');
    return String(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return escapeValue(value.toISOString().slice(0, 23).replace('T', ' '));
  if (Buffer.isBuffer(value)) return "X'" + value.toString('hex') + "'";
  if (Array.isArray(value)) return value.map(escapeValue).join(', ');
  if (typeof value === 'object') throw new TypeError('objects must be passed as where clauses, not values');
  return "'" + String(value).replace(CHARS, (c) => CHARS_ESCAPED[c]) + "'";
}

module.exports = { escapeId, escapeValue };
