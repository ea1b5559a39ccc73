const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');

const app = express();

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: {
    secure: true,
    // ruleid: js/cookie-without-httponly
    httpOnly: false,
    maxAge: 1000 * 60 * 60 * 24,
  },
}));

// express-session and cookie-session are HttpOnly unless told otherwise.
// ok: js/cookie-without-httponly
app.use('/v2', session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, sameSite: 'lax' } }));
// ok: js/cookie-without-httponly
app.use(cookieSession({ name: 'session', keys: [process.env.COOKIE_KEY], secure: true }));

app.post('/api/login', async (req, res) => {
  const { accessToken, refreshToken } = await auth.login(req.body.email, req.body.password);
  // ruleid: js/cookie-without-httponly
  res.cookie('refresh_token', refreshToken, { secure: true, sameSite: 'strict', path: '/api/refresh' });
  // ruleid: js/cookie-without-httponly
  res.cookie('jwt', accessToken);
  // ok: js/cookie-without-httponly
  res.cookie('session_id', accessToken, { httpOnly: true, secure: true, sameSite: 'strict' });
  // Readable on purpose: the client shows the chosen language.
  // ok: js/cookie-without-httponly
  res.cookie('lang', req.body.lang || 'en', { secure: true });
  res.json({ ok: true });
});

module.exports = app;
