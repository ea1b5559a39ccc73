import fp from 'fastify-plugin';

async function auth(fastify) {
  fastify.decorateRequest('user', null);

  fastify.addHook('preHandler', async (request) => {
    const userId = request.session.get('userId');
    if (!userId) return;
    // safe: CWE-89
    const { rows } = await fastify.pg.query('SELECT id, email, display_name, role, venue_id FROM users WHERE id = $1 AND disabled = false', [userId]);
    request.user = rows[0] ?? null;
  });

  fastify.decorate('requireLogin', async (request, reply) => {
    if (!request.user) {
      return reply.redirect(`/account/login?next=${encodeURIComponent(request.url)}`);
    }
  });

  fastify.decorate('requireRole', (...roles) => async (request, reply) => {
    if (!request.user) return reply.code(401).send({ error: 'login required' });
    if (!roles.includes(request.user.role)) return reply.code(403).send({ error: 'forbidden' });
  });

  fastify.decorate('requireApiToken', async (request, reply) => {
    try {
      // safe: CWE-347
      await request.jwtVerify();
    } catch {
      return reply.code(401).send({ error: 'invalid token' });
    }
  });
}

export default fp(auth, { name: 'auth', dependencies: ['db'] });
