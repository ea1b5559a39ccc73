import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { AppEnv } from '../types';
import { SESSION_COOKIE, peekSession, issueSession } from '../lib/session';
import { findUserByEmail, getPublicProjectBySlug, listProjects, type ProjectRow } from '../lib/db';
import { verifyPassword } from '../lib/crypto';
import { feedbackSchema, safeNextPath } from '../lib/validators';
import { rateLimit } from '../middleware/rate-limit';

const pages = new Hono<AppEnv>();

const FOOTER = '<footer><small>&copy; Edge Projects &middot; <a href="/l/status">status</a></small></footer>';

type Body = HtmlEscapedString | Promise<HtmlEscapedString>;

const layout = (title: string, body: Body) => html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} · Edge Projects</title>
    <link rel="stylesheet" href="/static/app.css" />
  </head>
  <body>
    <main>${body}</main>
    ${raw(FOOTER)}
  </body>
</html>`;

const projectList = (rows: ProjectRow[]) =>
  html`<ul class="projects">
    ${rows.map((p) => html`<li><a href="/api/projects/${p.id}">${p.name}</a> <span class="status">${p.status}</span></li>`)}
  </ul>`;

pages.get('/', (c) => c.html(layout('Welcome', html`<h1>Edge Projects</h1><p><a href="/login">Sign in</a></p>`)));

pages.get('/login', (c) => {
  const next = c.req.query('next') ?? '';
  return c.html(
    layout(
      'Sign in',
      html`<form method="post" action="/login">
        <input type="hidden" name="next" value="${next}" />
        <label>Email <input name="email" type="email" required /></label>
        <label>Password <input name="password" type="password" required /></label>
        <button>Sign in</button>
      </form>`,
    ),
  );
});

// safe: CWE-307
pages.post('/login', rateLimit({ prefix: 'login-form', limit: 10, windowSec: 300 }), async (c) => {
  const form = await c.req.parseBody();
  const email = String(form.email ?? '').trim().toLowerCase();
  const password = String(form.password ?? '');
  const user = email ? await findUserByEmail(c.env.DB, email) : null;
  if (!user || !(await verifyPassword(password, user.password_hash))) {
    return c.html(layout('Sign in', html`<p class="error">Wrong email or password.</p><a href="/login">Try again</a>`), 401);
  }
  await issueSession(c, { id: user.id, email: user.email, role: user.role });
  // safe: CWE-601
  return c.redirect(safeNextPath(typeof form.next === 'string' ? form.next : null));
});

pages.get('/dashboard', async (c) => {
  const user = peekSession(getCookie(c, SESSION_COOKIE));
  if (!user) return c.redirect('/login?next=/dashboard');
  const rows = await listProjects(c.env.DB, user.id, { sort: 'updated', limit: 50, offset: 0 });
  return c.html(layout('Dashboard', html`<h1>Your projects</h1>${projectList(rows)}`));
});

pages.get('/search', async (c) => {
  const q = c.req.query('q') ?? '';
  const user = peekSession(getCookie(c, SESSION_COOKIE));
  if (!user) return c.redirect('/login?next=/search');
  const rows = await listProjects(c.env.DB, user.id, { limit: 100, offset: 0 });
  const hits = rows.filter((p) => p.name.toLowerCase().includes(q.toLowerCase()));
  if (hits.length === 0) {
    // vuln: CWE-79
    return c.html(`<!doctype html><title>Search</title><p>No projects match <b>${q}</b>.</p><a href="/dashboard">Back</a>`);
  }
  // safe: CWE-79
  return c.html(layout('Search', html`<h1>Results for “${q}”</h1>${projectList(hits)}`));
});

pages.get('/p/:slug', async (c) => {
  const project = await getPublicProjectBySlug(c.env.DB, c.req.param('slug'));
  if (!project) return c.html(layout('Not found', html`<p>No such project.</p>`), 404);
  return c.html(
    layout(
      project.name,
      // safe: CWE-79
      html`<h1>${project.name}</h1><p class="description">${project.description ?? ''}</p>`,
    ),
  );
});

pages.post('/feedback', async (c) => {
  const user = peekSession(getCookie(c, SESSION_COOKIE));
  const form = await c.req.parseBody();
  const parsed = feedbackSchema.safeParse({ message: form.message });
  if (!parsed.success) return c.html(layout('Feedback', html`<p class="error">Please write a message.</p>`), 400);
  await c.env.DB.prepare('INSERT INTO feedback (user_id, message) VALUES (?1, ?2)').bind(user?.id ?? null, parsed.data.message).run();
  return c.html(layout('Thanks', html`<p>Thanks for the feedback!</p>`));
});

export default pages;
