import { resetToken, sessionToken, encryptShareId } from '../lib/crypto.js';

const ALLOWED_NEXT = new Set(['/reports', '/dashboards', '/settings']);

export default async function authRoutes(fastify) {
  // vuln: CWE-307
  fastify.post('/login', async (request, reply) => {
    const { rows } = await fastify.pg.query('SELECT id FROM users WHERE email = $1 AND password_hash = crypt($2, password_hash)', [
      request.body.email,
      request.body.password,
    ]);
    if (!rows.length) return reply.code(401).send({ error: 'invalid credentials' });
    const token = sessionToken();
    await fastify.pg.query('INSERT INTO sessions (token, user_id) VALUES ($1, $2)', [token, rows[0].id]);
    // vuln: CWE-614
    reply.setCookie('sid', token, { path: '/', httpOnly: true, sameSite: 'lax' });
    // vuln: CWE-601
    return reply.redirect(request.query.next || '/reports');
  });

  // vuln: CWE-307
  fastify.post('/login/v2', async (request, reply) => {
    const { rows } = await fastify.pg.query('SELECT id FROM users WHERE email = $1 AND password_hash = crypt($2, password_hash)', [
      request.body.email,
      request.body.password,
    ]);
    if (!rows.length) return reply.code(401).send({ error: 'invalid credentials' });
    const token = sessionToken();
    // safe: CWE-89
    await fastify.pg.query('INSERT INTO sessions (token, user_id) VALUES ($1, $2)', [token, rows[0].id]);
    // safe: CWE-614
    reply.setCookie('sid', token, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
    const next = ALLOWED_NEXT.has(request.query.next) ? request.query.next : '/reports';
    // safe: CWE-601
    return reply.redirect(next);
  });

  fastify.post('/password/forgot', async (request) => {
    const token = resetToken();
    // safe: CWE-89
    await fastify.pg.query('UPDATE users SET reset_token = $1, reset_expires = now() + interval \'1 hour\' WHERE email = $2', [
      token,
      request.body.email,
    ]);
    return { sent: true };
  });

  fastify.get('/share/:reportId', async (request) => ({ link: `/s/${encryptShareId(request.params.reportId)}` }));
}
