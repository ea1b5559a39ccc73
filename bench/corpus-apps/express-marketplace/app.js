const path = require('path');
const express = require('express');
const helmet = require('helmet');
const compression = require('compression');
const cookieParser = require('cookie-parser');
const session = require('express-session');
const SequelizeStore = require('connect-session-sequelize')(session.Store);
const fileUpload = require('express-fileupload');
const morgan = require('morgan');

const config = require('./config');
const db = require('./models');
const { attachUser } = require('./middleware/auth');
const { notFound, errorHandler } = require('./middleware/errors');
const routes = require('./routes');

const app = express();

app.set('view engine', 'ejs');
app.set('views', path.join(__dirname, 'views'));
app.set('trust proxy', 1);

// safe: CWE-693
app.use(helmet({ contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:', 'images.makersmarket.io'] } } }));
app.use(compression());
app.use(morgan('combined'));
app.use(express.json({ limit: '200kb' }));
app.use(express.urlencoded({ extended: false }));
app.use(cookieParser());
app.use(
  fileUpload({
    limits: { fileSize: config.uploads.maxBytes },
    abortOnLimit: true,
    useTempFiles: true,
    tempFileDir: '/tmp/mk-uploads',
  }),
);

const sessionStore = new SequelizeStore({ db: db.sequelize, tableName: 'sessions' });

app.use(
  session({
    name: 'mk.sid',
    secret: config.session.secret,
    store: sessionStore,
    resave: false,
    saveUninitialized: false,
    cookie: {
      secure: config.env === 'production',
      sameSite: 'lax',
      // Cart widget in the header reads the session cookie to decide whether to show the badge.
      // vuln: CWE-1004
      httpOnly: false,
      maxAge: config.session.maxAgeMs,
    },
  }),
);

app.use('/static', express.static(path.join(__dirname, 'public'), { maxAge: '30d', index: false }));
app.use(attachUser);
app.use(routes);
app.use(notFound);
app.use(errorHandler);

module.exports = { app, sessionStore };
