import Fastify, { type FastifyError } from 'fastify';
import { config } from '../config';
import { allow } from '../cache/redis';
import jobRoutes from './routes/jobs';
import downloadRoutes from './routes/downloads';

export function buildGateway() {
  const app = Fastify({
    logger: { level: process.env.LOG_LEVEL ?? 'info', redact: ['req.headers.authorization'] },
    trustProxy: true,
    bodyLimit: 64 * 1024,
  });

  app.addHook('onRequest', async (request, reply) => {
    if (!(await allow('gateway', request.ip, 120, 60_000))) {
      return reply.code(429).send({ error: 'slow down' });
    }
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      return reply.code(400).send({ error: 'invalid request', details: error.validation.map((v) => v.message) });
    }
    request.log.error({ err: error }, 'gateway error');
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    // safe: CWE-209
    return reply.code(status).send({ error: status < 500 ? error.message : 'internal error' });
  });

  app.get('/healthz', async () => ({ ok: true }));
  app.register(jobRoutes);
  app.register(downloadRoutes);
  return app;
}

if (require.main === module) {
  buildGateway()
    .listen({ host: config.gateway.host, port: config.gateway.port })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
