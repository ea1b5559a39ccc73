import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TokenClaims } from '../types/fastify';

export default fp(async (fastify) => {
  fastify.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      // safe: CWE-347
      await request.jwtVerify();
      request.tenantId = request.user.tid;
    } catch {
      return reply.code(401).send({ error: 'Unauthorized' });
    }
  });

  fastify.decorate('requireAdmin', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.user?.role !== 'owner' && request.user?.role !== 'admin') {
      return reply.code(403).send({ error: 'Forbidden' });
    }
  });

  // Embeddable widgets call the public API with the dashboard token when one is at hand,
  // so that they can show tenant figures; without a token they fall back to anonymous data.
  fastify.decorate('resolveTenant', async (request: FastifyRequest) => {
    const header = request.headers.authorization;
    if (!header || !header.startsWith('Bearer ')) return;
    // vuln: CWE-347
    const claims = fastify.jwt.decode<TokenClaims>(header.slice('Bearer '.length));
    if (claims && typeof claims.tid === 'string') {
      request.tenantId = claims.tid;
    }
  });
}, { name: 'auth', dependencies: ['@fastify/jwt'] });
