// Hono's `c.redirect(url[, status])` takes the target first (Express: `res.redirect([status,] url)`).
import { Hono } from 'hono';

const app = new Hono();

app.get('/login/callback', (c) => {
  const next = c.req.query('next');
  // ruleid: js/open-redirect
  return c.redirect(next ?? '/', 302);
});

app.get('/out', (c) => {
  // ruleid: js/open-redirect
  return c.redirect(c.req.query('to')!);
});

app.get('/account', (c) => {
  const tab = c.req.query('tab');
  // ok: js/open-redirect
  return c.redirect(`/account/settings?tab=${encodeURIComponent(tab ?? '')}`, 302);
});

app.notFound((c) => {
  // ok: js/open-redirect
  return c.redirect('/');
});

export default app;
