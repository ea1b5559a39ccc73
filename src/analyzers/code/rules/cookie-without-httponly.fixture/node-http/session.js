'use strict';

const http = require('http');
const crypto = require('crypto');
const cookie = require('cookie');

function startSession(res) {
  const token = crypto.randomBytes(24).toString('hex');
  // ruleid: js/cookie-without-httponly
  res.setHeader('Set-Cookie', `app_session=${token}; Path=/; Secure; SameSite=Strict`);
  return token;
}

function rememberUser(res, token) {
  res.writeHead(303, {
    Location: '/home',
    // ruleid: js/cookie-without-httponly
    'Set-Cookie': ['theme=dark; Path=/', 'remember_token=' + token + '; Path=/; Secure'],
  });
  res.end();
}

function issueJwt(res, jwt) {
  // ruleid: js/cookie-without-httponly
  res.setHeader('Set-Cookie', cookie.serialize('jwt', jwt, { secure: true, path: '/' }));
}

function startSessionSafely(res) {
  const token = crypto.randomBytes(24).toString('hex');
  // ok: js/cookie-without-httponly
  res.setHeader('Set-Cookie', `app_session=${token}; Path=/; HttpOnly; Secure; SameSite=Strict`);
}

function endSession(res) {
  // ok: js/cookie-without-httponly
  res.setHeader('Set-Cookie', 'app_session=; Path=/; Max-Age=0; Secure');
}

function preferences(res, lang) {
  // ok: js/cookie-without-httponly
  res.setHeader('Set-Cookie', `lang=${lang}; Path=/; Max-Age=31536000`);
}

function issueJwtSafely(res, jwt) {
  // ok: js/cookie-without-httponly
  res.setHeader('Set-Cookie', cookie.serialize('jwt', jwt, { httpOnly: true, secure: true, path: '/' }));
}

http.createServer((req, res) => {
  if (req.url === '/login') startSession(res);
  if (req.url === '/remember') return rememberUser(res, startSession(res));
  if (req.url === '/jwt') issueJwt(res, 'x');
  if (req.url === '/login2') startSessionSafely(res);
  if (req.url === '/jwt2') issueJwtSafely(res, 'x');
  if (req.url === '/logout') endSession(res);
  if (req.url === '/lang') preferences(res, 'en');
  res.end();
}).listen(8080);
