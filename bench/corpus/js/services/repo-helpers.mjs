// Shared data-access helpers (ESM) used by the route modules
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export async function findCustomersByName(name) {
  // ruleid: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM customers WHERE name = '${name}'`);
  return rows;
}

export async function findCustomerById(id) {
  // ok: js/sql-injection
  const { rows } = await pool.query('SELECT * FROM customers WHERE id = $1', [id]);
  return rows[0];
}

export function buildOrderBy(column, direction) {
  const dir = direction === 'desc' ? 'DESC' : 'ASC';
  return `ORDER BY ${column} ${dir}`;
}

export async function listInvoices(orderClause) {
  // ruleid: js/sql-injection
  const { rows } = await pool.query('SELECT * FROM invoices ' + orderClause);
  return rows;
}

export async function countByStatus() {
  // ok: js/sql-injection
  const { rows } = await pool.query("SELECT status, COUNT(*) FROM invoices GROUP BY status");
  return rows;
}
