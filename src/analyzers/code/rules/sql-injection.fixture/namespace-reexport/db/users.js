import mysql from 'mysql2/promise';

const pool = mysql.createPool({ host: 'db' });

export async function findByResetToken(token) {
  // ruleid: js/sql-injection
  const [rows] = await pool.query('SELECT id FROM users WHERE reset_token = ?', [token]);
  return rows[0];
}

export async function findByEmail(email) {
  // ok: js/sql-injection
  const [rows] = await pool.query('SELECT id FROM users WHERE email = ?', [String(email)]);
  return rows[0];
}
