'use strict';

const { escapeValue } = require('./escape');

// Quoted strings and identifiers are matched first and copied unchanged, so a `:name` that is
// part of a value already inlined into the SQL is never treated as a placeholder.
const NAMED = /'(?:[^'\\]|\\[\s\S]|'')*'|"(?:[^"\\]|\\[\s\S]|"")*"|`(?:[^`]|``)*`|::|:([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * Substitutes `:name` placeholders with escaped literals from `replacements`. `::` (a PostgreSQL
 * style cast written by habit) is left alone, and so are names without a replacement and anything
 * inside quotes, so that times such as `'12:30'` survive.
 */
function injectReplacements(sql, replacements) {
  if (!replacements) return sql;
  return sql.replace(NAMED, (match, name) => {
    if (!name) return match;
    if (!Object.prototype.hasOwnProperty.call(replacements, name)) return match;
    return escapeValue(replacements[name]);
  });
}

module.exports = { injectReplacements };
