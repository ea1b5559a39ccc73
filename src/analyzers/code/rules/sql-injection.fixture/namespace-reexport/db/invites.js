import mysql from 'mysql2/promise';

const pool = mysql.createPool({ host: 'db' });

// Called only with a code the route has made a string.
export async function findByCode(code) {
  // ok: js/sql-injection
  const [rows] = await pool.query('SELECT id FROM invites WHERE code = ?', [code]);
  return rows[0];
}
