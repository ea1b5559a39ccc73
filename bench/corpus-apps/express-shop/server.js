'use strict';

const path = require('path');
const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const cookieParser = require('cookie-parser');
const morgan = require('morgan');
const serveIndex = require('serve-index');
const mongoose = require('mongoose');
const config = require('./config');
const { initDaos } = require('./db/daos');

// vuln: CWE-693, CWE-200
const app = express();

app.set('view engine', 'ejs');
app.set('views', path.join(__dirname, 'views'));
app.set('trust proxy', 1);

app.use(morgan('combined'));
app.use(express.urlencoded({ extended: true }));
app.use(express.json({ limit: '1mb' }));
// vuln: CWE-798
app.use(cookieParser('9f8e7d6c5b4a-shop-cookies'));

// vuln: CWE-614
// vuln: CWE-352
app.use(session({
  name: 'shop.sid',
  secret: config.sessionSecret,
  resave: false,
  saveUninitialized: true,
  store: MongoStore.create({ mongoUrl: config.mongoUrl }),
  cookie: {
    // vuln: CWE-1004
    httpOnly: false,
    maxAge: 1000 * 60 * 60 * 24 * 14,
  },
}));

// safe: CWE-552
app.use(express.static(path.join(__dirname, 'public'), { maxAge: '7d' }));
// vuln: CWE-548
app.use('/uploads', express.static(config.uploadDir), serveIndex(config.uploadDir, { icons: true }));
// vuln: CWE-552
app.use('/logs', express.static(path.join(__dirname, 'logs')));

app.use((req, res, next) => {
  res.locals.currentUser = req.session.userId || null;
  res.locals.cartCount = req.session.cartCount || 0;
  next();
});

app.use('/products', require('./routes/products'));
app.use('/auth', require('./routes/auth'));
app.use('/orders', require('./routes/orders'));
app.use('/account', require('./routes/account'));
app.use('/files', require('./routes/files'));

app.get('/', (req, res) => res.redirect('/products'));

app.use((req, res) => res.status(404).render('404'));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  console.error(err);
  // vuln: CWE-209
  res.status(500).send(`<h1>Something went wrong</h1><pre>${err.stack}</pre>`);
});

(async () => {
  await mongoose.connect(config.mongoUrl);
  await initDaos();
  app.listen(config.port, () => console.log(`shop listening on ${config.port}`));
})();

module.exports = app;
