import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { Pool } from 'pg';
import { pageQuery } from './schemas';

const pool = new Pool();
const app = new Hono();

app.get('/users', async (c) => {
  const name = c.req.query('name');
  // ruleid: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM users WHERE name = '${name}'`);
  return c.json(rows);
});

// A validator middleware checks the shape; a string is still any string.
app.post('/search', zValidator('json', z.object({ term: z.string() })), async (c) => {
  const { term } = c.req.valid('json');
  // ruleid: js/sql-injection
  const { rows } = await pool.query("SELECT * FROM posts WHERE title LIKE '%" + term + "%'");
  return c.json(rows);
});

// What the validator parsed: a number and a member of a list stay that (the schema is another file's).
app.get('/posts', zValidator('query', pageQuery), async (c) => {
  const { limit, sort, q } = c.req.valid('query');
  // ok: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM posts ORDER BY ${sort} LIMIT ${limit}`);
  // ruleid: js/sql-injection
  const found = await pool.query(`SELECT * FROM posts WHERE title = '${q}'`);
  return c.json([...rows, ...found.rows]);
});

const tagQuery = z.object({ limit: z.coerce.number().int() });

app.get('/tags', zValidator('query', tagQuery), async (c) => {
  // ok: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM tags LIMIT ${c.req.valid('query').limit}`);
  return c.json(rows);
});

// Without the validator the same read is the client's text.
app.get('/tags/raw', async (c) => {
  // ruleid: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM tags LIMIT ${c.req.query('limit')}`);
  return c.json(rows);
});

app.get('/users/:id', async (c) => {
  const id = c.req.param('id');
  // ok: js/sql-injection
  const { rows } = await pool.query('SELECT * FROM users WHERE id = $1', [id]);
  return c.json(rows[0] ?? null);
});

app.get('/tags', async (c) => {
  const tags = c.req.queries('tag') ?? [];
  // ok: js/sql-injection
  const { rows } = await pool.query('SELECT * FROM posts WHERE tag = ANY($1)', [tags]);
  return c.json(rows);
});

export default app;
