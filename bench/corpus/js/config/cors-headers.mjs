// Hand-rolled CORS middleware for an http.createServer app
import http from 'node:http';

const ALLOWED = new Set(['https://app.example.com']);

function corsWildcard(req, res) {
  // ruleid: js/permissive-cors
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Allow-Headers', '*');
}

function corsAllowList(req, res) {
  const origin = req.headers.origin;
  if (origin && ALLOWED.has(origin)) {
    // ok: js/permissive-cors
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
  }
}

function publicAssetsCors(res) {
  // Public, credential-less font CDN endpoint
  // ok: js/permissive-cors
  res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'font/woff2' });
}

const server = http.createServer((req, res) => {
  if (req.url.startsWith('/fonts/')) {
    publicAssetsCors(res);
    return res.end();
  }
  if (req.url.startsWith('/api/')) corsWildcard(req, res);
  else corsAllowList(req, res);
  res.end('ok');
});

server.listen(8080, '127.0.0.1');
