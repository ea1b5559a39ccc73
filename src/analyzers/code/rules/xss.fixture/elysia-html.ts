// Elysia sends a returned string as text/plain unless the handler sets an HTML content type.
import { Elysia } from 'elysia';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const pages = new Elysia()
  .get('/search', ({ query, set }) => {
    set.headers['content-type'] = 'text/html; charset=utf-8';
    // ruleid: js/xss
    return `<p>No results for <b>${query.q}</b></p>`;
  })
  .get('/search/safe', ({ query, set }) => {
    set.headers['content-type'] = 'text/html; charset=utf-8';
    // ok: js/xss
    return `<p>No results for <b>${escapeHtml(query.q ?? '')}</b></p>`;
  })
  .get('/echo', ({ query, set }) => {
    set.headers['content-type'] = 'text/plain';
    // ok: js/xss
    return `You asked for ${query.q}`;
  });
