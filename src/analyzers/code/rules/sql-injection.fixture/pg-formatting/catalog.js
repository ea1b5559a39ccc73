const pgp = require('pg-promise')();

const store = pgp(process.env.STORE_DB_URL);

// pg-promise formats the values into the text: `:raw` / `^` placeholders insert them unescaped.
exports.ordered = (region, orderClause) =>
  // ruleid: js/sql-injection
  store.manyOrNone('SELECT id, title FROM items WHERE region = $1 ORDER BY $2:raw', [region, orderClause]);

exports.orderedCaret = (orderClause) =>
  // ruleid: js/sql-injection
  store.any('SELECT id FROM items ORDER BY $1^', orderClause);

exports.filtered = (opts) =>
  // ruleid: js/sql-injection
  store.any('SELECT id FROM items WHERE ${where:raw} AND region = ${region}', { region: opts.region, where: opts.where });

exports.filteredAngle = (filter) =>
  // ruleid: js/sql-injection
  store.any('SELECT id FROM items WHERE owner = $<owner> AND $<extra^>', { owner: 'system', extra: filter });

// Escaped placeholders: values, names, lists.
exports.byRegion = (region, column) =>
  // ok: js/sql-injection
  store.any('SELECT $2:name FROM items WHERE region = $1 ORDER BY $2~', [region, column]);

exports.byIds = (ids, orderClause) =>
  // ok: js/sql-injection
  store.any('SELECT id FROM items WHERE id IN ($1:csv) ORDER BY $2:raw', [ids, orderClause === 'old' ? 'created_at' : 'id']);

exports.byOwner = (opts) =>
  // ok: js/sql-injection
  store.any('SELECT id FROM items WHERE owner = ${owner} AND ${cond:raw}', { owner: opts.owner, cond: 'active' });
