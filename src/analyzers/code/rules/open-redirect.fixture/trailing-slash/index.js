// A static handler that sends directory URLs without a trailing slash to the same URL with one.
// The request path starts with `/`; "//evil.example" (or "/\evil.example") would be protocol-relative.
const http = require('node:http');

function collapseLeadingSlashes(pathname) {
  return pathname.replace(/^[/\\]+/, '/');
}

http.createServer((req, res) => {
  const q = req.url.indexOf('?');
  const rawPath = q === -1 ? req.url : req.url.slice(0, q);
  const search = q === -1 ? '' : req.url.slice(q);
  res.statusCode = 301;
  if (req.headers['x-mode'] === 'plain') {
    // ruleid: js/open-redirect
    res.setHeader('Location', rawPath + '/' + search);
  } else if (req.headers['x-mode'] === 'slashes-only') {
    // Backslashes are kept: "/\evil.example" stays protocol-relative in a browser.
    // ruleid: js/open-redirect
    res.setHeader('Location', rawPath.replace(/^\/+/, '/') + '/' + search);
  } else {
    // ok: js/open-redirect
    res.setHeader('Location', collapseLeadingSlashes(rawPath) + '/' + search);
  }
  res.end();
}).listen(8080);

http.createServer((req, res) => {
  // A query value need not start with `/`: "https://evil.example" passes through the replacement.
  const next = new URL(req.url, 'http://localhost').searchParams.get('next') || '/';
  res.statusCode = 302;
  // ruleid: js/open-redirect
  res.setHeader('Location', next.replace(/^[/\\]+/, '/'));
  res.end();
}).listen(8081);
