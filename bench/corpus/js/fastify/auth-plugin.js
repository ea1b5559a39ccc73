'use strict';
// Fastify auth plugin with @fastify/jwt and bcrypt
const fp = require('fastify-plugin');
const bcrypt = require('bcryptjs');
const crypto = require('crypto');

module.exports = fp(async function authPlugin(fastify) {
  fastify.register(require('@fastify/jwt'), {
    // ruleid: js/jwt-hardcoded-secret
    secret: 'my-fastify-jwt-secret',
  });

  fastify.decorate('authenticate', async function (request, reply) {
    try {
      await request.jwtVerify();
    } catch (err) {
      reply.code(401).send({ message: 'Unauthorized' });
    }
  });

  // ruleid: js/missing-rate-limit
  fastify.post('/login', async (request, reply) => {
    const { email, password } = request.body;
    const user = await fastify.db.users.findByEmail(String(email));
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      return reply.code(401).send({ message: 'Invalid credentials' });
    }
    return { token: fastify.jwt.sign({ sub: user.id }, { expiresIn: '1h' }) };
  });

  fastify.post('/register', async (request, reply) => {
    const { email, password } = request.body;
    // ruleid: js/weak-password-hash
    const hash = crypto.createHash('sha256').update(password).digest('hex');
    await fastify.db.users.insert({ email: String(email), passwordHash: hash });
    return reply.code(201).send();
  });

  fastify.post('/register-v2', async (request, reply) => {
    // ok: js/weak-password-hash
    const hash = await bcrypt.hash(request.body.password, 12);
    await fastify.db.users.insert({ email: String(request.body.email), passwordHash: hash });
    return reply.code(201).send();
  });

  fastify.post('/webhook', async (request) => {
    const signature = request.headers['x-signature'];
    // ok: js/weak-password-hash
    const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(JSON.stringify(request.body)).digest('hex');
    return { valid: crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected)) };
  });
});
