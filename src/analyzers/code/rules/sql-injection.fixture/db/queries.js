const { Pool } = require('pg');
const pool = new Pool();

async function runQuery(sql, params = []) {
  // ok: js/sql-injection (a pass-through wrapper: findings are reported where the query text is built)
  const { rows } = await pool.query(sql, params);
  return rows;
}

module.exports = { runQuery };
