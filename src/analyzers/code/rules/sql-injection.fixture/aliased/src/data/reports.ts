import { Pool } from 'pg';
const pool = new Pool();

export async function reportFor(where: string) {
  // ruleid: js/sql-injection
  return pool.query(`SELECT * FROM reports WHERE ${where}`);
}
