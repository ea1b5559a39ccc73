import { fail } from '@sveltejs/kit';
import { Pool } from 'pg';

const pool = new Pool();

export async function load({ params, locals }) {
  // ruleid: js/sql-injection
  const { rows } = await pool.query('SELECT * FROM posts WHERE id = ' + params.id);
  // `locals` is what the server's hooks set, not the client.
  // ok: js/sql-injection
  const own = await pool.query(`SELECT * FROM drafts WHERE owner = ${locals.userId}`);
  return { post: rows[0], drafts: own.rows };
}

export const actions = {
  comment: async ({ request, params }) => {
    const data = await request.formData();
    const text = data.get('text');
    if (!text) return fail(400);
    // ruleid: js/sql-injection
    await pool.query(`INSERT INTO comments (post, body) VALUES (${params.id}, '${text}')`);
  },
  like: async ({ params }) => {
    // ok: js/sql-injection
    await pool.query('UPDATE posts SET likes = likes + 1 WHERE id = $1', [params.id]);
  },
};
