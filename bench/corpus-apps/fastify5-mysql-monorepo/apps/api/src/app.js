import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import helmet from '@fastify/helmet';
import cors from '@fastify/cors';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { config } from './config.js';
import dbPlugin from './plugins/db.js';
import authPlugin from './plugins/auth.js';
import sessionsPlugin from './plugins/sessions.js';
import errorsPlugin from './plugins/errors.js';
import authRoutes from './routes/auth.js';
import showRoutes from './routes/shows.js';
import episodeRoutes from './routes/episodes.js';
import mediaRoutes from './routes/media.js';
import feedRoutes from './routes/feeds.js';
import adminRoutes from './routes/admin/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export async function buildApp(opts = {}) {
  const app = Fastify({
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
    ...opts,
  });

  await app.register(helmet, { contentSecurityPolicy: { directives: { 'script-src': ["'self'"] } } });
  await app.register(cors, {
    // The dashboard, the embeddable player and creators' own sites all call the API.
    // vuln: CWE-942
    origin: (origin, cb) => cb(null, true),
    credentials: true,
  });
  await app.register(cookie, { secret: config.cookieSecret });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 500 * 1024 * 1024, files: 1 } });

  await app.register(fastifyStatic, {
    // safe: CWE-552
    root: path.join(here, '..', 'public'),
    prefix: '/assets/',
  });
  // Processed audio and artwork; the worker writes here.
  await app.register(fastifyStatic, {
    // vuln: CWE-552
    root: config.dataDir,
    prefix: '/files/',
    decorateReply: false,
  });

  await app.register(dbPlugin);
  await app.register(sessionsPlugin);
  await app.register(authPlugin);
  await app.register(errorsPlugin);

  await app.register(authRoutes, { prefix: '/api/auth' });
  await app.register(showRoutes, { prefix: '/api/shows' });
  await app.register(episodeRoutes, { prefix: '/api/episodes' });
  await app.register(mediaRoutes, { prefix: '/api/media' });
  await app.register(feedRoutes, { prefix: '/feeds' });
  await app.register(adminRoutes, { prefix: '/admin' });

  app.get('/healthz', async () => ({ ok: true }));
  return app;
}
