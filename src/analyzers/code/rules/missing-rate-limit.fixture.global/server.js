// The same kind of app as missing-rate-limit.fixture/, but server.js limits every request:
// no route in any file of this project is reported.
const express = require('express');
const rateLimit = require('express-rate-limit');
const authRoutes = require('./routes/auth');

const app = express();
app.use(express.json());
app.use(rateLimit({ windowMs: 15 * 60 * 1000, limit: 100, standardHeaders: 'draft-7', legacyHeaders: false }));

app.use('/api/auth', authRoutes);

// ok: js/missing-rate-limit
app.post('/admin/login', (req, res) => res.sendStatus(501));

module.exports = app;
