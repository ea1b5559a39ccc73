const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const RedisStore = require('connect-redis').default;
const { randomBytes } = require('crypto');

const app = express();

// ruleid: js/cookie-without-secure
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  store: new RedisStore({ client: redisClient }),
  cookie: { httpOnly: true, maxAge: 86400000 },
}));

const adminSessionOptions = {
  name: 'admin.sid',
  secret: process.env.ADMIN_SESSION_SECRET,
  cookie: {
    httpOnly: true,
    // ruleid: js/cookie-without-secure
    secure: false,
    sameSite: 'strict',
  },
};
app.use('/admin', session(adminSessionOptions));

// ok: js/cookie-without-secure
app.use('/v2', session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));
// ok: js/cookie-without-secure
app.use('/beta', session({ secret: process.env.SESSION_SECRET, cookie: { secure: process.env.NODE_ENV === 'production' } }));
// The cookies package behind cookie-session marks the cookie secure on HTTPS requests by itself.
// ok: js/cookie-without-secure
app.use(cookieSession({ name: 'prefs', keys: [process.env.COOKIE_KEY], maxAge: 3600000 }));

app.post('/login', async (req, res) => {
  const user = await users.authenticate(req.body.email, req.body.password);
  if (!user) return res.status(401).end();
  const sid = randomBytes(32).toString('hex');
  await sessions.create(sid, user.id);
  // ruleid: js/cookie-without-secure
  res.cookie('sid', sid, { httpOnly: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 });
  res.json({ ok: true });
});

app.post('/login/remember', async (req, res) => {
  const token = await users.rememberToken(req.body.email);
  // ok: js/cookie-without-secure
  res.cookie('remember_me', token, { httpOnly: true, secure: true, sameSite: 'strict' });
  // A preference cookie carries no login.
  // ok: js/cookie-without-secure
  res.cookie('theme', req.body.theme, { maxAge: 31536000000 });
  res.end();
});

module.exports = app;
