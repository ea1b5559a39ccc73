// No logins: a public status page.
const http = require('http');

// ok: js/plain-http-server
http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ status: 'ok' }));
}).listen(8080);
