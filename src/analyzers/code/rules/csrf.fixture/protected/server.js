// Same app with a synchroniser token checked on every POST (set up in another file).
const express = require('express');
const session = require('express-session');
const { csrfProtection } = require('./csrf');

const app = express();
app.use(express.urlencoded({ extended: false }));
// ok: js/csrf
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
app.use(csrfProtection);
app.post('/account/email', (req, res) => res.redirect('/account'));

module.exports = app;
