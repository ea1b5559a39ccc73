'use strict';

const { escapeId, escapeValue } = require('./escape');

const OPERATORS = {
  $eq: '=',
  $ne: '<>',
  $gt: '>',
  $gte: '>=',
  $lt: '<',
  $lte: '<=',
  $like: 'LIKE',
  $notLike: 'NOT LIKE',
};

function condition(column, value) {
  const col = escapeId(column);
  if (value === null) return `${col} IS NULL`;
  if (Array.isArray(value)) return value.length ? `${col} IN (${escapeValue(value)})` : '0 = 1';
  if (typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    return Object.keys(value)
      .map((op) => {
        if (op === '$in') return condition(column, Array.from(value.$in));
        if (!Object.prototype.hasOwnProperty.call(OPERATORS, op)) throw new Error(`unknown operator ${op}`);
        return `${col} ${OPERATORS[op]} ${escapeValue(value[op])}`;
      })
      .join(' AND ');
  }
  return `${col} = ${escapeValue(value)}`;
}

/**
 * Builds the text of a WHERE clause. Values are inlined as escaped literals; `$raw` holds SQL
 * fragments written by the application (which may use `:name` replacements), `$or` an array of
 * alternative clauses.
 *
 * @example
 *   buildWhere({ status: 'open', total: { $gte: 100 }, $raw: 'created_at > :since' })
 */
function buildWhere(where) {
  const parts = [];
  for (const key of Object.keys(where)) {
    if (key === '$raw') {
      parts.push(...[].concat(where.$raw).map((sql) => `(${sql})`));
    } else if (key === '$or') {
      parts.push('(' + where.$or.map((alt) => `(${buildWhere(alt)})`).join(' OR ') + ')');
    } else {
      parts.push(condition(key, where[key]));
    }
  }
  return parts.length ? parts.join(' AND ') : '1 = 1';
}

module.exports = { buildWhere };
