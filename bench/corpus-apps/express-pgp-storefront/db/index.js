'use strict';

const pgPromise = require('pg-promise');
const config = require('../config');

const initOptions = {
  capSQL: true,
  error(err, e) {
    if (e.cn) {
      console.error('database connection error', err.message);
    }
  },
};

const pgp = pgPromise(initOptions);
const db = pgp(config.databaseUrl);

module.exports = { db, pgp };
