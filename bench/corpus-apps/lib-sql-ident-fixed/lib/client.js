'use strict';

const { getDialect } = require('./dialects');
const { escapeId } = require('./escape');
const { Query } = require('./builder');

class Client {
  /**
   * @param {{ dialect: 'mysql' | 'mariadb' | 'postgres' | 'pg', pool: object, debug?: (sql: string) => void }} options
   */
  constructor(options) {
    if (!options || !options.pool) throw new TypeError('tinyqb: a mysql2 or pg pool is required');
    this.dialect = getDialect(options.dialect || 'mysql');
    this.pool = options.pool;
    this.debug = typeof options.debug === 'function' ? options.debug : null;
  }

  table(name) {
    return new Query(this, name);
  }

  escapeId(identifier) {
    return escapeId(this.dialect, identifier);
  }

  run(query) {
    const { sql, bindings } = query.toSQL();
    if (this.debug) this.debug(sql);
    return this.dialect.execute(this.pool, sql, bindings);
  }

  async count(table, where = {}) {
    const { sql, bindings } = this.table(table).select('id').where(where).toSQL();
    const text = sql.replace(/^SELECT .+? FROM /, 'SELECT COUNT(*) AS n FROM ');
    const rows = await this.dialect.execute(this.pool, text, bindings);
    return Number(rows[0].n);
  }
}

function createClient(options) {
  return new Client(options);
}

module.exports = { Client, createClient };
