import { Router, Request, Response } from 'express';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export const usersRouter = Router();

interface UserRow {
  id: number;
  email: string;
  display_name: string;
}

usersRouter.get('/users', async (req: Request, res: Response) => {
  const search = (req.query.search as string) ?? '';
  const limit = Number(req.query.limit ?? 20);
  // ruleid: js/sql-injection
  const result = await pool.query<UserRow>(`SELECT id, email, display_name FROM users WHERE display_name LIKE '%${search}%' LIMIT ${limit}`);
  res.json(result.rows);
});

usersRouter.get('/users/by-email', async (req: Request, res: Response) => {
  const email = String(req.query.email ?? '');
  // ok: js/sql-injection
  const result = await pool.query<UserRow>('SELECT id, email, display_name FROM users WHERE email = $1', [email]);
  res.json(result.rows[0] ?? null);
});

usersRouter.patch('/users/:id', async (req: Request, res: Response) => {
  const updates = req.body as Record<string, string>;
  const setClause = Object.keys(updates)
    .map((key) => `${key} = '${updates[key]}'`)
    .join(', ');
  // ruleid: js/sql-injection
  await pool.query(`UPDATE users SET ${setClause} WHERE id = $1`, [req.params.id]);
  res.status(204).end();
});

usersRouter.patch('/v2/users/:id', async (req: Request, res: Response) => {
  const allowed = ['display_name', 'bio'] as const;
  const fields = allowed.filter((f) => typeof req.body[f] === 'string');
  const setClause = fields.map((f, i) => `${f} = $${i + 2}`).join(', ');
  const values = fields.map((f) => req.body[f]);
  // ok: js/sql-injection
  await pool.query(`UPDATE users SET ${setClause} WHERE id = $1`, [req.params.id, ...values]);
  res.status(204).end();
});

usersRouter.get('/users/:id/orders', (req: Request, res: Response) => {
  const status = req.query.status;
  pool
    // ruleid: js/sql-injection
    .query('SELECT * FROM orders WHERE user_id = ' + req.params.id + " AND status = '" + status + "'")
    .then((r) => res.json(r.rows))
    .catch(() => res.status(500).json({ error: 'Could not load orders' }));
});
