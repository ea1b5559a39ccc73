import Fastify from 'fastify';
import { episodes } from './db/index.js';
import { counters, layout, safeTitles, titles } from './views.js';

const app = Fastify();

// Titles other users wrote, read back from the database and returned as an HTML page.
app.get('/admin', async (request, reply) => {
  const rows = await episodes.listRecent(request.server.db, 50);
  reply.type('text/html');
  // ruleid: js/xss
  return layout('Dashboard', `<ul>${titles(rows)}</ul>`);
});

app.get('/admin/escaped', async (request, reply) => {
  const rows = await episodes.listRecent(request.server.db, 50);
  reply.type('text/html');
  // ok: js/xss
  return layout('Dashboard', `<ul>${safeTitles(rows)}</ul>`);
});

// Ids and counts are numbers.
app.get('/admin/counters', async (request, reply) => {
  const rows = await episodes.listRecent(request.server.db, 50);
  reply.type('text/html');
  // ok: js/xss
  return layout('Counters', `<ul>${counters(rows)}</ul>`);
});

// Whole rows are sent as JSON.
app.get('/api/episodes', async (request, reply) => {
  const rows = await episodes.listRecent(request.server.db, 50);
  // ok: js/xss
  return reply.send(rows);
});

app.get('/admin/raw', async (request, reply) => {
  const [rows] = await request.server.db.query('SELECT id, title FROM episodes');
  // ruleid: js/xss
  return reply.type('text/html').send(rows.map((r) => `<p>${r.title}</p>`).join(''));
});
