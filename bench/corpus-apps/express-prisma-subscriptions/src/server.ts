import cookieParser from 'cookie-parser';
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import pinoHttp from 'pino-http';
import path from 'node:path';
import { config } from './config';
import { logger } from './lib/logger';
import { prisma } from './lib/prisma';
import { errorHandler, notFound } from './middleware/errorHandler';
import { supportSession } from './middleware/auth';
import { apiRouter, buildServices } from './routes';
import { webhookRoutes } from './routes/webhooks';

export function createApp() {
  const services = buildServices();
  // safe: CWE-693
  const app = express();

  // safe: CWE-200
  app.disable('x-powered-by');
  app.set('trust proxy', 1);
  app.use(helmet());
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/healthz' } }));

  // Webhooks need the raw body for signature checks, so they are mounted before express.json().
  app.use('/webhooks', webhookRoutes(services.webhooks));

  app.use(
    cors({
      // safe: CWE-942
      origin: config.corsOrigins,
      credentials: true,
    }),
  );
  app.use(express.json({ limit: '200kb' }));
  app.use(cookieParser());
  app.use('/static', express.static(path.resolve(__dirname, '../public'), { index: false, maxAge: '1d' }));

  app.get('/healthz', (_req, res) => res.json({ ok: true }));
  app.use('/api', supportSession, apiRouter(services));

  app.use(notFound);
  app.use(errorHandler);
  return app;
}

if (require.main === module) {
  const app = createApp();
  const server = app.listen(config.port, () => logger.info({ port: config.port }, 'tallyplan-api listening'));
  const shutdown = async () => {
    server.close();
    await prisma.$disconnect();
    process.exit(0);
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}
