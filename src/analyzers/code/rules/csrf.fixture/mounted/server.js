const express = require('express');
const session = require('express-session');
const csrf = require('csurf');
const routes = require('./routes/web');

const app = express();
app.use(express.urlencoded({ extended: false }));
// ok: js/csrf
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { sameSite: 'lax' } }));
// The token check is mounted for every route: the per-route ones are redundant.
app.use(csrf());
app.use(routes);

module.exports = app;
