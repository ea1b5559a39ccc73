// Database + cache connections
const mongoose = require('mongoose');
const { Sequelize } = require('sequelize');
const Redis = require('ioredis');
const { Pool } = require('pg');

// ruleid: js/hardcoded-credentials
mongoose.connect('mongodb://admin:P4ssw0rd123@cluster0.mongo.example.com:27017/shop?authSource=admin');

// ruleid: js/hardcoded-credentials
const sequelize = new Sequelize('shop', 'shop_user', 'shop_password_2024', {
  host: 'db.internal',
  dialect: 'postgres',
});

const redis = new Redis({
  host: 'cache.internal',
  port: 6379,
  // ruleid: js/hardcoded-credentials
  password: 'redisPass!42',
});

// ok: js/hardcoded-credentials
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const analyticsPool = new Pool({
  host: process.env.ANALYTICS_HOST,
  user: process.env.ANALYTICS_USER,
  // ok: js/hardcoded-credentials
  password: process.env.ANALYTICS_PASSWORD,
  ssl: {
    // ruleid: js/tls-verification-disabled
    rejectUnauthorized: false,
  },
});

const reportingPool = new Pool({
  connectionString: process.env.REPORTING_URL,
  // ok: js/tls-verification-disabled
  ssl: { rejectUnauthorized: true, ca: process.env.RDS_CA },
});

mongoose.connect(process.env.MONGO_URL, {
  tls: true,
  // ruleid: js/tls-verification-disabled
  tlsAllowInvalidCertificates: true,
});

const testUser = {
  username: 'test',
  // ok: js/hardcoded-credentials
  password: process.env.TEST_PASSWORD ?? '',
};

module.exports = { sequelize, redis, pool, analyticsPool, reportingPool, testUser };
