import { serialize } from './lib/serialize.js';

export { serialize };

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The inline script that puts `state` on `window[globalName]` before the client bundle runs.
 */
export function stateScript(state, { globalName = '__INITIAL_STATE__', nonce } = {}) {
  if (!IDENTIFIER.test(globalName)) throw new TypeError(`invalid global name: ${globalName}`);
  const nonceAttr = nonce ? ` nonce="${escapeHtml(nonce)}"` : '';
  return `<script${nonceAttr}>window.${globalName} = ${serialize(state)};</script>`;
}

/**
 * Renders the HTML shell: the server-rendered markup from the view layer, the serialised state
 * and the client bundle.
 */
export function renderPage({ title = '', markup = '', state = {}, scripts = [], lang = 'en', nonce, globalName } = {}) {
  const tags = scripts.map((src) => `<script defer src="${escapeHtml(src)}"></script>`).join('\n    ');
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
  <head>
    <meta charset="utf-8">
    <title>${escapeHtml(title)}</title>
    ${tags}
  </head>
  <body>
    <div id="root">${markup}</div>
    ${stateScript(state, { globalName, nonce })}
  </body>
</html>`;
}

/**
 * Sends a page on a Node `ServerResponse` (works with node:http, Express, Connect, Fastify's `reply.raw`).
 *
 * @example
 *   app.get('/search', async (req, res) => {
 *     const results = await search(req.query.q);
 *     sendPage(res, { title: 'Search', markup: renderApp(results), state: { results, highlight: new RegExp(req.query.q, 'i') } });
 *   });
 */
export function sendPage(res, page, { status = 200 } = {}) {
  const html = renderPage(page);
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(html));
  // safe: CWE-79
  res.end(html);
}

/**
 * Sends only the state as JSON (client-side navigations fetch it instead of the page).
 */
export function sendState(res, state) {
  const body = JSON.stringify(state);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(body);
}
