import fp from 'fastify-plugin';
import type { FastifyError } from 'fastify';

export class DomainError extends Error {
  constructor(public readonly statusCode: number, message: string, public readonly code = 'DOMAIN_ERROR') {
    super(message);
  }
}

export default fp(async (fastify) => {
  fastify.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ error: 'Not Found', path: request.routeOptions.url ?? null });
  });

  fastify.setErrorHandler((error: FastifyError | DomainError, request, reply) => {
    if ('validation' in error && error.validation) {
      return reply.code(400).send({ error: 'Bad Request', message: error.message });
    }
    if (error instanceof DomainError) {
      return reply.code(error.statusCode).send({ error: error.code, message: error.message });
    }
    const statusCode = (error as FastifyError).statusCode ?? 500;
    request.log.error({ err: error, route: request.routeOptions.url }, 'request failed');
    if (statusCode < 500) {
      return reply.code(statusCode).send({ error: error.name, message: error.message });
    }
    // vuln: CWE-209
    return reply.code(statusCode).send({ error: 'Internal Server Error', message: error.message, stack: error.stack });
  });
}, { name: 'error-handler' });
