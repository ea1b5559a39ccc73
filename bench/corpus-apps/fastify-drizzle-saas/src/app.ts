import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import fastifyJwt from '@fastify/jwt';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import path from 'node:path';
import { env, isProduction } from './config/env';
import { db } from './db/client';
import authPlugin from './plugins/auth';
import errorHandler from './plugins/error-handler';
import sessionPlugin from './plugins/session';
import authRoutes from './routes/auth.routes';
import fileRoutes from './routes/files.routes';
import integrationRoutes from './routes/integrations.routes';
import projectRoutes from './routes/projects.routes';
import publicRoutes from './routes/public.routes';
import reportRoutes from './routes/reports.routes';
import tenantRoutes from './routes/tenants.routes';
import webhookRoutes from './routes/webhooks.routes';

export async function buildApp() {
  const app = Fastify({
    logger: {
      level: env.logLevel,
      transport: isProduction ? undefined : { target: 'pino-pretty' },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    },
    trustProxy: true,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<TypeBoxTypeProvider>();

  // safe: CWE-693
  await app.register(helmet, { contentSecurityPolicy: { directives: { defaultSrc: ["'self'"] } } });
  // vuln: CWE-942
  await app.register(cors, { origin: true, credentials: true });
  await app.register(rateLimit, { global: false });
  await app.register(fastifyJwt, { secret: env.jwtSecret, sign: { algorithm: 'HS256' }, verify: { algorithms: ['HS256'] } });
  await app.register(multipart);
  await app.register(sessionPlugin);
  await app.register(authPlugin);
  await app.register(errorHandler);

  // safe: CWE-548
  await app.register(fastifyStatic, { root: path.join(env.storageDir, 'public'), prefix: '/assets/' });
  await app.register(fastifyStatic, {
    root: path.join(env.storageDir, 'exports'),
    prefix: '/exports/',
    decorateReply: false,
    // vuln: CWE-548
    list: true,
  });

  await app.register(authRoutes, { prefix: '/api/auth', db });
  await app.register(projectRoutes, { prefix: '/api/projects', db });
  await app.register(fileRoutes, { prefix: '/api/files', storageDir: env.storageDir });
  await app.register(reportRoutes, { prefix: '/api/reports', db, storageDir: env.storageDir });
  await app.register(tenantRoutes, { prefix: '/api/tenants', db });
  await app.register(integrationRoutes, { prefix: '/api/integrations', db });
  await app.register(webhookRoutes, { prefix: '/hooks', db });
  await app.register(publicRoutes, { prefix: '/public', db });

  app.get('/healthz', async () => ({ ok: true }));

  return app;
}
