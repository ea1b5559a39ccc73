const { Pool } = require('pg');
const pool = new Pool();

async function runQuery(sql, params = []) {
  // ruleid: js/sql-injection
  const { rows } = await pool.query(sql, params);
  return rows;
}

module.exports = { runQuery };
