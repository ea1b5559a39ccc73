import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { decode } from 'html-entities';

interface Claims { sub: string; tid: string; role: string }

export default fp(async (fastify) => {
  // jwtVerify checks the signature.
  fastify.decorate('authenticate', async (request: FastifyRequest) => {
    await request.jwtVerify();
  });

  // fastify.jwt.decode only reads the payload: anyone can write a token naming another tenant.
  fastify.decorate('resolveTenant', async (request: FastifyRequest) => {
    const header = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) return;
    // ruleid: js/jwt-decode-without-verify
    const claims = fastify.jwt.decode<Claims>(header.slice(7));
    if (claims && typeof claims.tid === 'string') request.tenantId = claims.tid;
  });

  fastify.decorate('requireAdmin', async (request: FastifyRequest) => {
    // ruleid: js/jwt-decode-without-verify
    const claims = request.jwtDecode<Claims>();
    if (claims.role !== 'admin') throw new Error('Forbidden');
  });

  // A bare decode() of another package is no JWT.
  fastify.decorate('displayName', (request: FastifyRequest) => {
    // ok: js/jwt-decode-without-verify
    const name = decode(String(request.headers['x-display-name']));
    if (name === 'admin') throw new Error('reserved');
  });

  // Verified first, then decoded for its header: fine.
  fastify.decorate('keyId', async (request: FastifyRequest) => {
    const token = String(request.headers.authorization).slice(7);
    await fastify.jwt.verify(token);
    // ok: js/jwt-decode-without-verify
    const decoded = fastify.jwt.decode<Claims>(token);
    if (decoded?.sub) request.log.info({ sub: decoded.sub }, 'token');
  });
});
