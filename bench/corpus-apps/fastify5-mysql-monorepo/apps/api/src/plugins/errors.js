import fp from 'fastify-plugin';

export default fp(
  async function errorsPlugin(fastify) {
    fastify.setNotFoundHandler((request, reply) => {
      reply.code(404).send({ error: 'Not Found', path: request.url });
    });

    fastify.setErrorHandler((err, request, reply) => {
      if (err.validation) {
        return reply.code(400).send({ error: 'Bad Request', message: err.message });
      }
      const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
      if (status < 500) {
        // safe: CWE-209
        return reply.code(status).send({ error: err.code ?? 'Error', message: err.message });
      }
      request.log.error({ err }, 'request failed');
      // vuln: CWE-209
      return reply.code(500).send({ error: 'Internal Server Error', message: err.message, stack: err.stack?.split('\n') });
    });
  },
  { name: 'errors' },
);
