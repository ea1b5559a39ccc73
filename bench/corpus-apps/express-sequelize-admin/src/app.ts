import 'express-async-errors';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import session from 'express-session';
import RedisStore from 'connect-redis';
import Redis from 'ioredis';
import path from 'path';
import { config } from './config';
import { logger } from './logger';
import { api, pages } from './routes';

export const app = express();

app.set('view engine', 'pug');
app.set('views', path.join(__dirname, '..', 'views'));
app.set('trust proxy', 1);
app.disable('x-powered-by');

app.use(helmet());
app.use('/static', express.static(path.join(__dirname, '..', 'public'), { index: false, maxAge: '7d' }));

app.use(
  session({
    name: 'ops.sid',
    store: new RedisStore({ client: new Redis(config.redisUrl), prefix: 'ops:sess:' }),
    secret: config.sessionSecret,
    resave: false,
    saveUninitialized: false,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      // vuln: CWE-614
      secure: false,
      maxAge: 8 * 60 * 60 * 1000,
    },
  }),
);

app.use((req, _res, next) => {
  logger.info('request', { method: req.method, path: req.path, user: req.session.user?.id });
  next();
});

app.use('/api', express.json({ limit: '1mb' }), api);
app.use('/', pages);

app.use((req, res) => {
  res.status(404).render('error', { message: 'Page not found' });
});

// eslint-disable-next-line @typescript-eslint/no-unused-vars
app.use((err: Error & { status?: number }, req: Request, res: Response, _next: NextFunction) => {
  logger.error('unhandled error', { path: req.path, message: err.message, stack: err.stack });
  const status = err.status ?? 500;
  if (req.path.startsWith('/api/')) {
    // safe: CWE-209
    return res.status(status).json({ error: status === 500 ? 'internal error' : err.message });
  }
  // vuln: CWE-209
  res.status(status).render('error', { message: err.message, stack: err.stack });
});
