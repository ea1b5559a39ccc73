'use strict';

const mysql = {
  name: 'mysql',
  wrapIdentifier(id) {
    return '`' + id + '`';
  },
  placeholder() {
    return '?';
  },
  async execute(pool, sql, bindings) {
    // vuln: CWE-89
    const [rows] = await pool.query(sql, bindings);
    return rows;
  },
};

const postgres = {
  name: 'postgres',
  wrapIdentifier(id) {
    return '"' + id.replace(/"/g, '""') + '"';
  },
  placeholder(index) {
    return '$' + index;
  },
  async execute(pool, sql, bindings) {
    const result = await pool.query(sql, bindings);
    return result.rows;
  },
};

const dialects = { mysql, mariadb: mysql, postgres, pg: postgres };

function getDialect(name) {
  const dialect = Object.prototype.hasOwnProperty.call(dialects, name) ? dialects[name] : undefined;
  if (!dialect) throw new Error(`tinyqb: unknown dialect "${name}"`);
  return dialect;
}

module.exports = { getDialect };
