'use strict';

const { Pool } = require('pg');
const config = require('../config');

const pool = new Pool({
  connectionString: config.databaseUrl,
  max: 10,
  ssl: config.env === 'production' ? { rejectUnauthorized: true } : false,
});

pool.on('error', (err) => {
  // eslint-disable-next-line no-console
  console.error('pg pool error', err.message);
});

module.exports = pool;
