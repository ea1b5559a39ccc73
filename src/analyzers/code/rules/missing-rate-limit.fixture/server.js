// An Express app without a global limiter: only some mounts and routes are limited.
const express = require('express');
const rateLimit = require('express-rate-limit');
const authRoutes = require('./routes/auth');
const accountRoutes = require('./routes/account');
const passwordRoutes = require('./routes/password');
const { adminLogin, signIn, signup, listOrders } = require('./controllers');

const app = express();
app.use(express.json());

const accountLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 20 });
const resetLimiter = rateLimit({ windowMs: 60 * 60 * 1000, limit: 5 });

app.use('/api/auth', authRoutes);
app.use('/api/account', accountLimiter, accountRoutes);
app.use('/api/password', resetLimiter);
app.use('/api/password', passwordRoutes);

// ruleid: js/missing-rate-limit
app.post('/admin/login', adminLogin);

// ruleid: js/missing-rate-limit
app.route('/auth/sign-in').post(signIn);

// Sign-up is abused in bulk, not guessed: not this rule.
// ok: js/missing-rate-limit
app.post('/signup', signup);

// Covered by the limiter mounted on /api/password above.
// ok: js/missing-rate-limit
app.post('/api/password/forgot', (req, res) => res.sendStatus(202));

// The login page itself is a GET.
// ok: js/missing-rate-limit
app.get('/login', (req, res) => res.render('login'));

// ok: js/missing-rate-limit
app.post('/api/orders', listOrders);

module.exports = app;
