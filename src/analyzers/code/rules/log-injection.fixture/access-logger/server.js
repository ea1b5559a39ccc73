'use strict';

const http = require('http');
const { accessLogger, quotedLogger } = require('./log');

const logAccess = accessLogger();
const logQuoted = quotedLogger();

http.createServer((req, res) => {
  const pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  logAccess(req, res, pathname);
  logQuoted(req, res, pathname);
  res.end('ok');
}).listen(8080);
