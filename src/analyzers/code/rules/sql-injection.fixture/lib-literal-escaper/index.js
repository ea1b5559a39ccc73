'use strict';
// Literal escapers of the package's own, and a `where` object whose `$raw` holds SQL the caller writes.
const { escapeValue, escapeString } = require('./lib/escape');

class Finder {
  constructor(pool) {
    this.pool = pool;
  }

  async insert(values) {
    const sql = `INSERT INTO items VALUES (${Object.values(values).map((v) => escapeValue(v)).join(', ')})`;
    // ok: js/sql-injection
    return this.pool.query(sql);
  }

  async byLabel(label) {
    const sql = `SELECT * FROM items WHERE label = ${escapeString(label)}`;
    // ruleid: js/sql-injection
    return this.pool.query(sql);
  }

  // `$raw` is the documented escape hatch: SQL written by the application, as with knex's whereRaw().
  async count(where) {
    const sql = `SELECT COUNT(*) AS n FROM items WHERE ${where.$raw || '1 = 1'}`;
    // ok: js/sql-injection
    return this.pool.query(sql);
  }

  // Any other field is data: pasted into the statement as it is.
  async countBy(where) {
    const sql = `SELECT COUNT(*) AS n FROM items WHERE owner = '${where.owner}'`;
    // ruleid: js/sql-injection
    return this.pool.query(sql);
  }
}

module.exports = { Finder };
