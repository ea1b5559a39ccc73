import crypto from 'node:crypto';
import Koa from 'koa';
import cors from '@koa/cors';
import { koaBody } from 'koa-body';
import session from 'koa-session';
import { loadControllers, scopePerRequest } from 'awilix-koa';
import type { AwilixContainer } from 'awilix';
import { config } from './config';
import { errorHandler } from './middleware/error-handler';

export function createApp(container: AwilixContainer): Koa {
  const app = new Koa();
  app.keys = config.sessionKeys;
  app.proxy = true;

  app.use(async (ctx, next) => {
    ctx.state.requestId = ctx.get('X-Request-Id') || crypto.randomUUID();
    ctx.set('X-Request-Id', ctx.state.requestId);
    await next();
  });
  app.use(errorHandler);

  // The web app, the client portal widget and partner dashboards all call the API with cookies.
  // vuln: CWE-942
  app.use(cors({ origin: (ctx) => ctx.get('Origin'), credentials: true, exposeHeaders: ['X-Request-Id'] }));

  // The back-office SPA reads tb.sess to decide whether to show the "continue as" banner.
  app.use(
    session(
      {
        key: 'tb.sess',
        maxAge: 7 * 24 * 3600 * 1000,
        // vuln: CWE-1004
        httpOnly: false,
        secure: config.env === 'production',
        sameSite: 'lax',
        signed: true,
      },
      app,
    ),
  );

  app.use(
    koaBody({
      multipart: true,
      jsonLimit: '1mb',
      formidable: {
        uploadDir: config.paths.uploads,
        keepExtensions: false,
        maxFileSize: 25 * 1024 * 1024,
      },
    }),
  );

  app.use(scopePerRequest(container));
  app.use(loadControllers('controllers/*.controller.{ts,js}', { cwd: __dirname }));

  return app;
}
