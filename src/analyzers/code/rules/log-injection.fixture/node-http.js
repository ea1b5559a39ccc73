'use strict';

const http = require('http');
const querystring = require('querystring');

// The request target arrives percent-encoded (parsers reject raw CR/LF); decoding brings `%0a` back.
http.createServer((req, res) => {
  const where = new URL(req.url, 'http://localhost');
  const route = decodeURIComponent(where.pathname);
  // ruleid: js/log-injection
  console.info(`GET ${route}`);
  // ok: js/log-injection
  console.info(`GET ${where.pathname}`);
  const form = querystring.parse(where.search.slice(1));
  // ruleid: js/log-injection
  console.warn('search for ' + form.q);
  // ok: js/log-injection
  console.warn('search for ' + JSON.stringify(form.q));
  res.end();
}).listen(8080);
