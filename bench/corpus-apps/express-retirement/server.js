'use strict';

const express = require('express');
const session = require('express-session');
const bodyParser = require('body-parser');
const helmet = require('helmet');
const consolidate = require('consolidate');
const { MongoClient } = require('mongodb');
const routes = require('./app/routes');

const MONGO_URL = process.env.MONGODB_URI || 'mongodb://localhost:27017/retirement';

MongoClient.connect(MONGO_URL, { useUnifiedTopology: true }, (err, client) => {
  if (err) {
    console.error('cannot connect to MongoDB', err);
    process.exit(1);
  }
  const db = client.db();
  const app = express();

  app.use(helmet());
  app.use(bodyParser.json());
  app.use(bodyParser.urlencoded({ extended: true }));

  // vuln: CWE-614
  // vuln: CWE-352
  app.use(session({
    // vuln: CWE-798
    secret: 'retirement-portal-s3cret',
    saveUninitialized: true,
    resave: true,
  }));

  app.engine('html', consolidate.swig);
  app.set('view engine', 'html');
  app.set('views', `${__dirname}/app/views`);
  app.use(express.static(`${__dirname}/app/assets`));

  routes(app, db);

  app.listen(process.env.PORT || 4000, () => console.log('retirement portal listening'));
});
