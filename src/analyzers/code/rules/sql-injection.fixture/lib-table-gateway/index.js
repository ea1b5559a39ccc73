'use strict';
// A package's own query method: its public methods build statements and hand them to `run()`, the
// one place they reach the database driver (where a finding belongs in a library).

function quoteIdent(name) {
  return `"${String(name).replace(/"/g, '""')}"`;
}

class Table {
  constructor(db, name) {
    this.db = db;
    this.name = quoteIdent(name);
  }

  // The filter's keys are pasted into the statement unquoted.
  async count(where = {}) {
    const text = Object.keys(where).map((key, i) => `${key} = $${i + 1}`).join(' AND ') || 'TRUE';
    const result = await this.run(`SELECT count(*) AS n FROM ${this.name} WHERE ${text}`, Object.values(where));
    return result.rows[0].n;
  }

  run(sql, values) {
    // ruleid: js/sql-injection
    return this.db.query(sql, values);
  }
}

class Store {
  constructor(db, name) {
    this.db = db;
    this.name = quoteIdent(name);
  }

  // Identifiers quoted, values bound: nothing the caller passes becomes SQL text.
  async count(where = {}) {
    const text = Object.keys(where).map((key, i) => `${quoteIdent(key)} = $${i + 1}`).join(' AND ') || 'TRUE';
    const result = await this.run(`SELECT count(*) AS n FROM ${this.name} WHERE ${text}`, Object.values(where));
    return result.rows[0].n;
  }

  async byId(id) {
    return (await this.run(`SELECT * FROM ${this.name} WHERE id = $1`, [id])).rows[0];
  }

  run(sql, values) {
    // ok: js/sql-injection
    return this.db.query(sql, values);
  }
}

module.exports = { Table, Store };
