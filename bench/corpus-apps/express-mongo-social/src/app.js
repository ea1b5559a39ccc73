import MongoStore from 'connect-mongo';
import cors from 'cors';
import express from 'express';
import { engine } from 'express-handlebars';
import session from 'express-session';
import helmet from 'helmet';
import morgan from 'morgan';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { config } from './config/index.js';
import passport from './config/passport.js';
import { apiErrorHandler, notFound, webErrorHandler } from './middleware/errors.js';
import adminRouter from './routes/admin.js';
import apiRouter from './routes/api.js';
import webRouter, { embedRouter } from './routes/web.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function createApp() {
  const app = express();

  app.engine(
    'hbs',
    engine({
      extname: '.hbs',
      defaultLayout: 'main',
      helpers: {
        date: (d) => new Date(d).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
        eq: (a, b) => a === b,
      },
    }),
  );
  app.set('view engine', 'hbs');
  app.set('views', path.join(root, 'views'));
  app.set('trust proxy', 1);

  // safe: CWE-693
  app.use(helmet({ contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:', 'blob:'] } } }));
  app.use(morgan(config.isProduction ? 'combined' : 'dev'));
  app.use(express.urlencoded({ extended: true, limit: '100kb' }));
  app.use(express.json({ limit: '100kb' }));

  app.use('/static', express.static(path.join(root, 'public'), { maxAge: '7d' }));
  app.use('/media', express.static(config.mediaDir, { index: false, dotfiles: 'deny' }));

  // Mobile / third-party API: bearer tokens, no cookies.
  // safe: CWE-942
  app.use('/api', cors({ origin: config.corsOrigins, methods: ['GET', 'POST'] }), apiRouter);
  app.use('/api', apiErrorHandler);

  app.use(
    session({
      name: 'cs.sid',
      secret: config.sessionSecret,
      resave: false,
      saveUninitialized: false,
      store: MongoStore.create({ mongoUrl: config.mongoUri, ttl: 14 * 24 * 60 * 60, touchAfter: 24 * 60 * 60 }),
      cookie: {
        // The chat widget reads the session id to authenticate its socket.
        // vuln: CWE-1004
        httpOnly: false,
        secure: config.isProduction,
        // Partner sites embed the feed widget (/embed), which needs the cookie cross-site.
        sameSite: config.isProduction ? 'none' : 'lax',
        maxAge: 14 * 24 * 60 * 60 * 1000,
      },
    }),
  );
  app.use(passport.initialize());
  app.use(passport.session());
  app.use((req, res, next) => {
    res.locals.currentUser = req.user ? req.user.toPublicJSON() : null;
    next();
  });

  // vuln: CWE-942
  app.use('/embed', cors({ origin: (origin, callback) => callback(null, true), credentials: true }), embedRouter);
  app.use('/admin', adminRouter);
  app.use('/', webRouter);

  app.use(notFound);
  app.use(webErrorHandler);
  return app;
}
