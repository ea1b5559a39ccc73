'use strict';
// The same hand-written router, with the login branch rate-limited.
const http = require('http');
const { RateLimiterMemory } = require('rate-limiter-flexible');
const { login } = require('./handlers');

const loginLimiter = new RateLimiterMemory({ points: 5, duration: 60 });

async function onRequest(req, res) {
  const pathname = new URL(req.url, 'http://localhost').pathname;
  // ok: js/missing-rate-limit
  if (pathname === '/login') {
    await loginLimiter.consume(req.socket.remoteAddress);
    return login(req, res);
  }
  res.statusCode = 404;
  res.end();
}

http.createServer(onRequest).listen(8080);
