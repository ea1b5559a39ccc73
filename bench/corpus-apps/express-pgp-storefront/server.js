'use strict';

const path = require('path');
const express = require('express');
const helmet = require('helmet');
const morgan = require('morgan');
const cookieParser = require('cookie-parser');
const session = require('express-session');
const PgSession = require('connect-pg-simple')(session);
const nunjucks = require('nunjucks');
const config = require('./config');
const { db } = require('./db');
const { loadUser } = require('./middleware/auth');
const errors = require('./middleware/errors');

// safe: CWE-693
const app = express();
app.use(helmet());
app.set('trust proxy', 1);

nunjucks.configure(path.join(__dirname, 'views'), {
  autoescape: true,
  express: app,
  watch: process.env.NODE_ENV !== 'production',
});
app.set('view engine', 'njk');

app.use(morgan(process.env.NODE_ENV === 'production' ? 'combined' : 'dev'));
app.use(express.urlencoded({ extended: true, limit: '200kb' }));
app.use(express.json({ limit: '200kb' }));
app.use(cookieParser());

// vuln: CWE-614
// vuln: CWE-352
app.use(session({
  name: 'sf.sid',
  store: new PgSession({ pgPromise: db, tableName: 'http_sessions', createTableIfMissing: true }),
  secret: config.sessionSecret,
  resave: false,
  saveUninitialized: false,
  cookie: {
    httpOnly: true,
    maxAge: 7 * 24 * 3600 * 1000,
  },
}));

app.use(express.static(path.join(__dirname, 'public'), { maxAge: '1d', index: false }));
app.use(loadUser);

app.get('/', (req, res) => res.redirect('/products'));
app.use('/products', require('./routes/products'));
app.use('/account', require('./routes/account'));
app.use('/cart', require('./routes/cart'));
app.use('/reviews', require('./routes/reviews'));
app.use('/files', require('./routes/files'));
app.use('/admin', require('./routes/admin'));

app.use(errors.notFound);
app.use(errors.handler);

if (require.main === module) {
  app.listen(config.port, () => {
    console.log(`storefront listening on :${config.port}`);
  });
}

module.exports = app;
