import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import jwt from '@fastify/jwt';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import path from 'node:path';

import config from './config.js';
import db from './plugins/db.js';
import session from './plugins/session.js';
import views from './plugins/views.js';
import auth from './plugins/auth.js';
import errors from './plugins/errors.js';

import venueRoutes from './routes/venues.js';
import bookingRoutes from './routes/bookings.js';
import accountRoutes from './routes/account.js';
import adminRoutes from './routes/admin.js';
import floorplanRoutes from './routes/floorplans.js';
import embedRoutes from './routes/embed.js';
import partnerRoutes from './routes/partner-api.js';

export default async function buildApp(opts = {}) {
  const app = Fastify({ trustProxy: 1, ...opts });

  await app.register(helmet, { contentSecurityPolicy: { directives: { 'frame-ancestors': ["'self'"] } } });
  // The embed widget and the partner SPA call us from their own domains with the visitor's session.
  await app.register(cors, {
    // vuln: CWE-942
    origin: true,
    credentials: true,
    methods: ['GET', 'POST'],
  });
  await app.register(formbody);
  await app.register(cookie);
  await app.register(session);
  await app.register(csrf, { sessionPlugin: '@fastify/session' });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1 } });
  await app.register(jwt, { secret: config.jwtSecret, sign: { expiresIn: '1h' }, verify: { algorithms: ['HS256'] }, decoratorName: 'apiUser' });
  await app.register(fastifyStatic, { root: path.join(config.root, 'public'), prefix: '/assets/' });
  await app.register(db);
  await app.register(views);
  await app.register(auth);
  await app.register(errors);

  await app.register(venueRoutes);
  await app.register(bookingRoutes, { prefix: '/bookings' });
  await app.register(accountRoutes, { prefix: '/account' });
  await app.register(adminRoutes, { prefix: '/admin' });
  await app.register(floorplanRoutes, { prefix: '/venues/:venueId/floorplans' });
  await app.register(embedRoutes, { prefix: '/embed' });
  await app.register(partnerRoutes, { prefix: '/api/partner' });

  return app;
}
