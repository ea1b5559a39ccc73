// Nuxt server route: h3 helpers are auto-imported (no import line).
import { Pool } from 'pg';

const pool = new Pool();

export default defineEventHandler(async (event) => {
  const query = getQuery(event);
  // ruleid: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM users WHERE name = '${query.name}'`);
  return rows;
});
