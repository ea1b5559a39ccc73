import '@fastify/jwt';
import 'fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface TokenClaims {
  sub: string;
  tid: string;
  role: 'owner' | 'admin' | 'member';
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: TokenClaims;
    user: TokenClaims;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    requireAdmin: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    resolveTenant: (request: FastifyRequest) => Promise<void>;
  }
  interface FastifyRequest {
    tenantId?: string;
  }
}

declare module '@fastify/session' {
  interface FastifySessionObject {
    userId?: string;
    tenantId?: string;
    ssoState?: string;
    returnTo?: string;
  }
}
