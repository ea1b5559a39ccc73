import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './types';
import { requestId } from './middleware/request-id';
import auth from './routes/auth';
import projects from './routes/projects';
import webhooks from './routes/webhooks';
import admin from './routes/admin';
import links from './routes/links';
import pages from './routes/pages';

const app = new Hono<AppEnv>();

app.use('*', requestId());
app.use('*', secureHeaders());
app.use('*', csrf({ origin: (origin, c) => origin === c.env.APP_ORIGIN }));
// The dashboard is embedded by partner portals, which call the API with the user's cookie.
// vuln: CWE-942
app.use('/api/*', cors({ origin: (origin) => origin, credentials: true, allowHeaders: ['Content-Type', 'Authorization'], maxAge: 600 }));

app.route('/auth', auth);
app.route('/api/projects', projects);
app.route('/api/webhooks', webhooks);
app.route('/api/admin', admin);
app.route('/l', links);
app.route('/', pages);

app.get('/healthz', (c) => c.json({ ok: true }));

app.notFound((c) => c.json({ error: 'not_found' }, 404));

app.onError((err, c) => {
  if (err instanceof HTTPException) {
    // safe: CWE-209
    return err.getResponse();
  }
  console.error(JSON.stringify({ requestId: c.get('requestId'), error: String(err) }));
  // vuln: CWE-209
  return c.json({ error: err.message, stack: err.stack, requestId: c.get('requestId') }, 500);
});

export default app;
