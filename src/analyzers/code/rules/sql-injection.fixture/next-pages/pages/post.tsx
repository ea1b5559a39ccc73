import type { GetServerSideProps, GetStaticProps } from 'next';
import { Pool } from 'pg';

const pool = new Pool();

// Runs on every request: query and params are the visitor's.
export const getServerSideProps: GetServerSideProps = async ({ query, params }) => {
  // ruleid: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM posts WHERE slug = '${query.slug}'`);
  // ok: js/sql-injection
  const related = await pool.query('SELECT * FROM posts WHERE category = $1', [params?.category]);
  return { props: { post: rows[0], related: related.rows } };
};

export default function Post({ post }: { post: { title: string } }) {
  return <h1>{post.title}</h1>;
}
