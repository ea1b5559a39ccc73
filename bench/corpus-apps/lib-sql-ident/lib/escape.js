'use strict';

/**
 * Quotes an identifier for the dialect: `users` -> `users`, `u.name` -> `u`.`name`,
 * `u.*` keeps the star. Safe to use with column names that come from a request.
 */
function escapeId(dialect, identifier) {
  if (Array.isArray(identifier)) return identifier.map((id) => escapeId(dialect, id)).join(', ');
  const text = String(identifier);
  if (text === '*') return '*';
  return text
    .split('.')
    .map((part) => (part === '*' ? '*' : dialect.wrapIdentifier(part)))
    .join('.');
}

const DIRECTIONS = { asc: 'ASC', desc: 'DESC' };

function direction(dir) {
  return DIRECTIONS[String(dir || 'asc').toLowerCase()] || 'ASC';
}

function toLimit(value) {
  const n = Number.parseInt(value, 10);
  if (!Number.isFinite(n) || n < 0) throw new TypeError('tinyqb: limit/offset must be a non-negative integer');
  return n;
}

module.exports = { escapeId, direction, toLimit };
