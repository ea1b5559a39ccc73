const express = require('express');
const session = require('express-session');
const accountRoutes = require('./routes/account');

const app = express();
app.use(express.urlencoded({ extended: false }));
// ruleid: js/csrf
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true },
}));
app.use('/account', accountRoutes);

module.exports = app;
