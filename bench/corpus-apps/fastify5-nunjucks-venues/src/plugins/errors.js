import fp from 'fastify-plugin';

async function errors(fastify) {
  fastify.setErrorHandler((error, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      // safe: CWE-209
      return reply.code(500).send({ error: 'Internal Server Error', requestId: request.id });
    }
    return reply.code(status).send({ error: error.message, code: error.code });
  });

  fastify.setNotFoundHandler((request, reply) => reply.code(404).view('not-found.njk', { path: request.url }));
}

export default fp(errors, { name: 'errors', dependencies: ['views'] });
