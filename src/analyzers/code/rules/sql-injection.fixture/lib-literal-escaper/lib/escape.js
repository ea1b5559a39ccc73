'use strict';

const SPECIAL = /[\0\n\r\x1a"'\\]/g;
const REPLACEMENTS = { '\0': '\\0', '\n': '\\n', '\r': '\\r', '\x1a': '\\Z', '"': '\\"', "'": "\\'", '\\': '\\\\' };

/** A value as an SQL literal: numbers as they are, text quoted with its quotes and backslashes escaped. */
function escapeValue(value) {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') return String(value);
  return "'" + String(value).replace(SPECIAL, (c) => REPLACEMENTS[c]) + "'";
}

/** Named as an escaper, but it only drops line breaks: a `'` still ends the literal. */
function escapeString(value) {
  return "'" + String(value).replace(/[\r\n]/g, ' ') + "'";
}

module.exports = { escapeValue, escapeString };
