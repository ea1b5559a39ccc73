'use strict';
// Fastify login with @fastify/rate-limit on the route
const bcrypt = require('bcryptjs');

async function routes(fastify) {
  await fastify.register(require('@fastify/rate-limit'), { global: false });

  fastify.post(
    '/login',
    // ok: js/missing-rate-limit
    { config: { rateLimit: { max: 5, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const user = await fastify.db.users.findByEmail(String(request.body.email));
      if (!user || !(await bcrypt.compare(String(request.body.password), user.passwordHash))) {
        return reply.code(401).send({ message: 'Invalid credentials' });
      }
      return { token: fastify.jwt.sign({ sub: user.id }, { expiresIn: '15m' }) };
    }
  );

  fastify.get('/orders', { onRequest: [fastify.authenticate] }, async (request) => {
    // ok: js/sql-injection
    const { rows } = await fastify.pg.query('SELECT * FROM orders WHERE user_id = $1', [request.user.sub]);
    return rows;
  });
}

module.exports = routes;
