const { Pool } = require('pg');

const pool = new Pool();

async function listPosts(request) {
  // ok: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM posts ORDER BY ${request.query.sort}`);
  return rows;
}

async function search(request) {
  // A string is any string.
  // ruleid: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM posts WHERE title = '${request.query.q}'`);
  return rows;
}

module.exports = { listPosts, search };
