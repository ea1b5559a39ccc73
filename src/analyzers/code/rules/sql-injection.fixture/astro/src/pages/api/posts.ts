import type { APIRoute } from 'astro';
import { Pool } from 'pg';

const pool = new Pool();

export const GET: APIRoute = async ({ url }) => {
  const author = url.searchParams.get('author');
  // ruleid: js/sql-injection
  const { rows } = await pool.query("SELECT * FROM posts WHERE author = '" + author + "'");
  return new Response(JSON.stringify(rows), { headers: { 'content-type': 'application/json' } });
};

export const DELETE: APIRoute = async ({ params }) => {
  // ok: js/sql-injection
  await pool.query('DELETE FROM posts WHERE id = $1', [params.id]);
  return new Response(null, { status: 204 });
};
