import type { GetStaticProps } from 'next';
import { Pool } from 'pg';

const pool = new Pool();
const TABLE = 'archive_2024';

// Build time: no request.
export const getStaticProps: GetStaticProps = async () => {
  // ok: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM ${TABLE} ORDER BY day`);
  return { props: { rows } };
};

export default function Archive() {
  return null;
}
