'use strict';

const crypto = require('crypto');

// A session cookie in a hand-written header has only the attributes its text names.
function login(res) {
  const sid = crypto.randomUUID();
  // ruleid: js/cookie-without-secure
  res.setHeader('Set-Cookie', `sid=${sid}; Path=/; HttpOnly; SameSite=Lax`);
}

function loginOverTls(res) {
  const sid = crypto.randomUUID();
  // ok: js/cookie-without-secure
  res.setHeader('Set-Cookie', `sid=${sid}; Path=/; HttpOnly; Secure; SameSite=Lax`);
}

function answer(sid) {
  const headers = new Headers({ 'Content-Type': 'application/json' });
  // ruleid: js/cookie-without-secure
  headers.append('Set-Cookie', 'auth_token=' + sid + '; HttpOnly; Path=/');
  // ok: js/cookie-without-secure
  headers.append('Set-Cookie', 'banner_seen=1; Path=/');
  return new Response('{}', { headers });
}

module.exports = { login, loginOverTls, answer };
