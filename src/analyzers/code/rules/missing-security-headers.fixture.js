// One fixture file is one app: the app below renders views and serves pages with no headers set.
const path = require('path');
const express = require('express');
const session = require('express-session');
const apiRoutes = require('./routes/api');

// ruleid: js/missing-security-headers
const app = express();
app.set('view engine', 'ejs');
app.set('views', path.join(__dirname, 'views'));
app.use(express.static(path.join(__dirname, 'public')));
app.use(express.urlencoded({ extended: false }));
app.use('/api', apiRoutes);

app.get('/', (req, res) => res.render('index', { user: req.session.user }));

// A JSON-only app: CSP and frame options matter little for API responses.
// ok: js/missing-security-headers
const api = express();
api.use(express.json());
api.get('/health', (req, res) => res.json({ ok: true }));

module.exports = { app, api };
