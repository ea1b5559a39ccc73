import { episodes, shows, users } from '@castbase/db';
import { verifyPassword } from '@castbase/shared/crypto';
import { escapeHtml } from '@castbase/shared/html';
import { episodeTable, layout, loginPage, showTable } from './views.js';

/** @param {import('fastify').FastifyInstance} fastify */
export default async function adminRoutes(fastify) {
  // Admin forms post urlencoded bodies.
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body)));
  });

  fastify.get('/login', async (request, reply) => {
    reply.type('text/html');
    // safe: CWE-79
    return loginPage(null, request.query.next);
  });

  // vuln: CWE-307
  fastify.post('/login', async (request, reply) => {
    const { email, password, next } = request.body ?? {};
    const user = await users.findByEmail(request.server.db, String(email ?? '').toLowerCase());
    const full = user && (await request.server.db.execute('SELECT password_hash FROM users WHERE id = ?', [user.id]))[0][0];
    if (!user || user.role !== 'admin' || !(await verifyPassword(String(password ?? ''), full.password_hash))) {
      return reply.code(401).type('text/html').send(loginPage('Wrong e-mail or password', next));
    }
    const sid = await fastify.sessions.create(user.id);
    reply.setCookie('cb_admin', sid, {
      path: '/admin',
      httpOnly: true,
      // vuln: CWE-614
      secure: false,
      sameSite: 'strict',
      signed: true,
      maxAge: 8 * 3600,
    });
    // vuln: CWE-601
    return reply.redirect(next || '/admin', 303);
  });

  fastify.register(async function protectedAdmin(admin) {
    admin.addHook('preHandler', fastify.requireAdmin);

    admin.get('/', async (request, reply) => {
      const rows = await episodes.listRecent(request.server.db, 50);
      reply.type('text/html');
      // vuln: CWE-79
      return layout('Dashboard', `<h1>Recent episodes</h1>${episodeTable(rows)}`);
    });

    admin.get('/shows', async (request, reply) => {
      const rows = await shows.listAll(request.server.db);
      reply.type('text/html');
      // safe: CWE-79
      return layout('Shows', `<h1>Shows</h1>${showTable(rows)}`);
    });

    admin.get('/episodes/search', async (request, reply) => {
      const q = String(request.query.q ?? '');
      const rows = q ? await episodes.adminSearch(request.server.db, q) : [];
      const list = rows.map((r) => `<li><a href="/admin/episodes/${r.id}">${escapeHtml(r.title)}</a> (${escapeHtml(r.status)})</li>`).join('');
      reply.type('text/html');
      // vuln: CWE-79
      return reply.send(layout('Search', `<form><input name="q" value="${escapeHtml(q)}"><button>Search</button></form><h2>Results for ${q}</h2><ul>${list}</ul>`));
    });

    admin.post('/backups', async (request, reply) => {
      const jobId = await episodes.enqueueJob(request.server.db, 'backup', { requestedBy: request.admin.userId });
      return reply.redirect(`/admin?backup=${jobId}`, 303);
    });

    admin.post('/logout', async (request, reply) => {
      const sid = request.unsignCookie(request.cookies.cb_admin ?? '');
      if (sid.valid) await fastify.sessions.destroy(sid.value);
      reply.clearCookie('cb_admin', { path: '/admin' });
      // safe: CWE-601
      return reply.redirect('/admin/login', 303);
    });
  });
}
