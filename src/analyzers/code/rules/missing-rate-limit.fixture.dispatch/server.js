'use strict';
// A plain `http` server that routes by hand.
const http = require('http');
const { URL } = require('url');
const { login, verifyOtp, logout, renderLoginPage } = require('./handlers');

async function onRequest(req, res) {
  const { pathname } = new URL(req.url, 'http://localhost');
  // ruleid: js/missing-rate-limit
  if (pathname === '/api/login' && req.method === 'POST') return login(req, res);
  // Signing out guesses nothing.
  // ok: js/missing-rate-limit
  if (pathname === '/api/logout') return logout(req, res);
  switch (pathname) {
    // ruleid: js/missing-rate-limit
    case '/otp/verify':
      return verifyOtp(req, res);
    default:
      res.statusCode = 404;
      return res.end('not found');
  }
}

// A browser bundle checking where it is: no request is handled here.
function redirectIfOnLogin(location, navigate) {
  // ok: js/missing-rate-limit
  if (location.pathname === '/login') navigate('/home');
}

http.createServer(onRequest).listen(8080);
module.exports = { redirectIfOnLogin, renderLoginPage };
