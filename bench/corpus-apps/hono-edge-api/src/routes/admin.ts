import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import type { AppEnv } from '../types';
import { requireUser, requireAdmin } from '../middleware/auth';
import { fetchInvoices } from '../lib/outbound';
import { hashApiToken, newApiToken } from '../lib/crypto';

const admin = new Hono<AppEnv>();

admin.use('*', requireUser, requireAdmin);

const usersQuery = z.object({
  role: z.enum(['member', 'admin']).optional(),
  page: z.coerce.number().int().min(1).default(1),
});

admin.get('/users', zValidator('query', usersQuery), async (c) => {
  const { role, page } = c.req.valid('query');
  const offset = (page - 1) * 50;
  const stmt = role
    ? c.env.DB.prepare('SELECT id, email, display_name, role FROM users WHERE role = ?1 ORDER BY id LIMIT 50 OFFSET ?2').bind(role, offset)
    : c.env.DB.prepare('SELECT id, email, display_name, role FROM users ORDER BY id LIMIT 50 OFFSET ?1').bind(offset);
  const { results } = await stmt.all();
  return c.json({ users: results, page });
});

admin.get('/customers/:customerId/invoices', async (c) => {
  const invoices = await fetchInvoices(c.env.BILLING_URL, c.req.param('customerId'));
  return c.json({ invoices });
});

admin.post('/tokens', async (c) => {
  const form = await c.req.parseBody();
  const label = typeof form.label === 'string' ? form.label.slice(0, 80) : 'unnamed';
  const token = newApiToken();
  await c.env.DB.prepare('INSERT INTO api_tokens (token_hash, user_id, label) VALUES (?1, ?2, ?3)')
    .bind(await hashApiToken(token), c.get('user').id, label)
    .run();
  return c.json({ token, label }, 201);
});

export default admin;
