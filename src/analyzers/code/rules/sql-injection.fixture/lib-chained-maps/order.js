'use strict';
// `?sort=-created_at,name`: trimmed items, then each one quoted as an identifier. The trimmed list
// is what the first callback returns to `map`, not what the helper returns.

function quoteIdent(name) {
  return `"${String(name).replace(/"/g, '""')}"`;
}

function orderClause(sort) {
  return String(sort)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((item) => `${quoteIdent(item.replace(/^-/, ''))} ${item.startsWith('-') ? 'DESC' : 'ASC'}`)
    .join(', ');
}

// The same list, the second step keeping each item as written.
function rawOrder(sort) {
  return String(sort)
    .split(',')
    .map((s) => s.trim())
    .map((item) => item.replace(/^-/, ''))
    .join(', ');
}

// Constants chosen per item: the callback reads the item only to pick one.
function directions(sort) {
  return String(sort).split(',').map((s) => s.trim()).map((item) => (item.startsWith('-') ? 'DESC' : 'ASC')).join(', ');
}

module.exports = { orderClause, rawOrder, directions };
