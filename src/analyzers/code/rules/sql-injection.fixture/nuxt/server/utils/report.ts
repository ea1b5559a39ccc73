// Not a handler and not request data: a table name from the server's own settings.
import { Pool } from 'pg';

const pool = new Pool();
const REPORT_TABLE = process.env.REPORT_TABLE ?? 'daily_report';

export async function latestReport() {
  // ok: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM ${REPORT_TABLE} ORDER BY day DESC LIMIT 1`);
  return rows[0];
}
