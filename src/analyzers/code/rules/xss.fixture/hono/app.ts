// Hono: one context per handler; `c.html()` answers with text/html, `c.text()` with text/plain.
import { Hono } from 'hono';
import type { Context } from 'hono';
import { html } from 'hono/html';

const app = new Hono();

app.get('/hello', (c) => {
  const name = c.req.query('name');
  // ruleid: js/xss
  return c.html(`<h1>Hello ${name}</h1>`);
});

app.post('/comment', async (c) => {
  const body = await c.req.parseBody();
  // ruleid: js/xss
  return c.html('<p>' + body.text + '</p>');
});

// A handler declared apart from its route, typed with Hono's Context.
async function profile(c: Context) {
  const { bio } = await c.req.json();
  // ruleid: js/xss
  return c.html(`<div class="bio">${bio}</div>`);
}
app.get('/profile', profile);

app.get('/greet', (c) => {
  const name = c.req.query('name');
  // Hono's html tag escapes what it embeds.
  // ok: js/xss
  return c.html(html`<h1>Hello ${name}</h1>`);
});

app.get('/plain', (c) => {
  // ok: js/xss
  return c.text(`Hello ${c.req.query('name')}`);
});

app.get('/static', (c) => {
  const user = c.get('user');
  // A value a middleware put on the context, and a fixed page.
  // ok: js/xss
  return c.html(`<h1>Welcome</h1><p>${String(user?.plan === 'pro')}</p>`);
});

export default app;
