import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { Pool } from 'pg';

const pool = new Pool();

export const GET: RequestHandler = async ({ url }) => {
  const q = url.searchParams.get('q') ?? '';
  // ruleid: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM posts WHERE title LIKE '%${q}%'`);
  return json(rows);
};

export const POST: RequestHandler = async ({ request }) => {
  const { title } = await request.json();
  // ok: js/sql-injection
  const { rows } = await pool.query('INSERT INTO posts (title) VALUES ($1) RETURNING id', [title]);
  return json(rows[0]);
};
