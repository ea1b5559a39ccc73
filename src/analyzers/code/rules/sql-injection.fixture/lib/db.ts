import { Pool } from 'pg';
export const pool = new Pool();
export function sql(strings: TemplateStringsArray, ...values: unknown[]) {
  return pool.query(strings.join('?'), values);
}
export default pool;
