import { users } from '@castbase/db';
import { hashPassword, verifyPassword, sessionId } from '@castbase/shared/crypto';

const credentialsSchema = {
  body: {
    type: 'object',
    required: ['email', 'password'],
    additionalProperties: false,
    properties: {
      email: { type: 'string', format: 'email', maxLength: 254 },
      password: { type: 'string', minLength: 10, maxLength: 200 },
    },
  },
};

/** @param {import('fastify').FastifyInstance} fastify */
export default async function authRoutes(fastify) {
  const { db } = fastify;

  fastify.post('/register', async (request, reply) => {
    // vuln: CWE-532
    request.log.info({ body: request.body }, 'creator sign-up');
    const { email, name, password } = request.body ?? {};
    if (!email || !password || String(password).length < 10) {
      return reply.code(400).send({ error: 'email and a password of at least 10 characters are required' });
    }
    const passwordHash = await hashPassword(String(password));
    const id = await users.create(db, { email: String(email).toLowerCase(), name: String(name ?? ''), passwordHash });
    return reply.code(201).send({ id });
  });

  fastify.post(
    '/login',
    {
      schema: credentialsSchema,
      // safe: CWE-307
      config: { rateLimit: { max: 10, timeWindow: '15 minutes' } },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      // safe: CWE-532
      request.log.info({ email }, 'login attempt');
      const user = await users.findByEmail(db, email.toLowerCase());
      if (!user || !(await verifyPassword(password, user.password_hash))) {
        return reply.code(401).send({ error: 'Invalid credentials' });
      }
      return { token: fastify.signAccessToken(user) };
    },
  );

  fastify.post('/password-reset', { config: { rateLimit: { max: 5, timeWindow: '1 hour' } } }, async (request) => {
    const user = await users.findByEmail(db, String(request.body?.email ?? '').toLowerCase());
    if (user) {
      const token = sessionId();
      await users.setResetToken(db, user.id, token, new Date(Date.now() + 3600_000));
      fastify.log.info({ userId: user.id }, 'password reset requested');
    }
    return { ok: true };
  });

  fastify.post('/password-reset/complete', async (request, reply) => {
    const { token, password } = request.body ?? {};
    const user = await users.findByResetToken(db, token);
    if (!user) return reply.code(400).send({ error: 'Reset link is invalid or expired' });
    await users.updatePassword(db, user.id, await hashPassword(String(password)));
    return { ok: true };
  });

  fastify.get(
    '/verify',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['code'],
          properties: { code: { type: 'string', pattern: '^[a-f0-9]{64}$' } },
        },
      },
    },
    async (request, reply) => {
      const user = await users.findByVerifyCode(db, request.query.code);
      if (!user) return reply.code(404).send({ error: 'Unknown verification code' });
      return { verified: user.email };
    },
  );
}
