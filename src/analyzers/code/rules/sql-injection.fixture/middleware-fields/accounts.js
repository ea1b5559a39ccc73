'use strict';

const { pool } = require('./db');

async function byKey(key) {
  const { rows } = await pool.query('SELECT id, name FROM accounts WHERE api_key = $1', [String(key)]);
  return rows[0] || null;
}

module.exports = { byKey };
