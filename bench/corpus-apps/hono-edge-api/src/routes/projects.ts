import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import type { AppEnv } from '../types';
import { requireUser } from '../middleware/auth';
import { listQuerySchema, projectSchema, isValidTag } from '../lib/validators';
import {
  addMember,
  addTag,
  countByStatus,
  createProject,
  getProject,
  listProjects,
  searchProjects,
} from '../lib/db';
import { newInviteCode } from '../lib/crypto';

const projects = new Hono<AppEnv>();

projects.use('*', requireUser);

function parseId(raw: string): number | null {
  const id = Number.parseInt(raw, 10);
  return Number.isInteger(id) && id > 0 ? id : null;
}

projects.get('/', zValidator('query', listQuerySchema), async (c) => {
  const { limit, offset, sort } = c.req.valid('query');
  const cacheKey = `projects:${c.get('user').id}:${sort ?? 'created'}:${limit}:${offset}`;
  const cached = await c.env.CACHE.get(cacheKey, 'json');
  if (cached) return c.json(cached);

  const rows = await listProjects(c.env.DB, c.get('user').id, { sort, limit, offset });
  const body = { projects: rows, limit, offset };
  await c.env.CACHE.put(cacheKey, JSON.stringify(body), { expirationTtl: 60 });
  return c.json(body);
});

projects.get('/search', async (c) => {
  const q = (c.req.query('q') ?? '').trim();
  if (q.length < 2) return c.json({ projects: [] });
  const rows = await searchProjects(c.env.DB, c.get('user').id, q);
  return c.json({ projects: rows });
});

projects.get('/stats', async (c) => {
  const statuses = c.req.queries('status') ?? ['active', 'archived'];
  const stats = await countByStatus(c.env.DB, c.get('user').id, statuses.slice(0, 10));
  return c.json({ stats });
});

projects.post('/', zValidator('json', projectSchema), async (c) => {
  const input = c.req.valid('json');
  const id = await createProject(c.env.DB, c.get('user').id, input);
  return c.json({ id }, 201);
});

projects.get('/:id', async (c) => {
  const id = parseId(c.req.param('id'));
  if (!id) return c.json({ error: 'bad_id' }, 400);
  const project = await getProject(c.env.DB, c.get('user').id, id);
  return project ? c.json(project) : c.json({ error: 'not_found' }, 404);
});

projects.post('/:id/tags', async (c) => {
  const id = parseId(c.req.param('id'));
  const { tag } = await c.req.json<{ tag: string }>();
  if (!id || typeof tag !== 'string' || !isValidTag(tag)) return c.json({ error: 'bad_request' }, 400);
  if (!(await getProject(c.env.DB, c.get('user').id, id))) return c.json({ error: 'not_found' }, 404);
  await addTag(c.env.DB, id, tag);
  return c.json({ ok: true }, 201);
});

projects.delete('/:id/tags/:tag', async (c) => {
  const id = parseId(c.req.param('id'));
  const tag = c.req.param('tag');
  if (!id || !(await getProject(c.env.DB, c.get('user').id, id))) return c.json({ error: 'not_found' }, 404);
  // vuln: CWE-89
  await c.env.DB.exec(`DELETE FROM project_tags WHERE project_id = ${id} AND tag = '${tag}'`);
  return c.body(null, 204);
});

projects.post('/:id/invites', async (c) => {
  const id = parseId(c.req.param('id'));
  if (!id || !(await getProject(c.env.DB, c.get('user').id, id))) return c.json({ error: 'not_found' }, 404);
  const code = newInviteCode();
  await c.env.CACHE.put(`invite:${code}`, JSON.stringify({ projectId: id, invitedBy: c.get('user').id }), {
    expirationTtl: 7 * 24 * 3600,
  });
  return c.json({ code }, 201);
});

projects.post('/join', async (c) => {
  const { code } = await c.req.json<{ code?: string }>();
  const normalized = String(code ?? '').toUpperCase();
  const invite = await c.env.CACHE.get<{ projectId: number }>(`invite:${normalized}`, 'json');
  if (!invite) return c.json({ error: 'invalid_code' }, 404);
  await addMember(c.env.DB, invite.projectId, c.get('user').id);
  await c.env.CACHE.delete(`invite:${normalized}`);
  return c.json({ projectId: invite.projectId });
});

export default projects;
