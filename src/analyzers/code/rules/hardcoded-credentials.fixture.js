const express = require('express');
const { Pool, Client } = require('pg');
const mysql = require('mysql2/promise');
const mongoose = require('mongoose');
const { MongoClient } = require('mongodb');
const { Sequelize } = require('sequelize');
const nodemailer = require('nodemailer');
const Redis = require('ioredis');
const knex = require('knex');
const axios = require('axios');

const pool = new Pool({
  host: 'localhost',
  user: 'postgres',
  // ruleid: js/hardcoded-credentials
  password: 'secret123',
  database: 'app',
});

// ruleid: js/hardcoded-credentials
const connection = mysql.createConnection({ host: 'localhost', user: 'root', password: 'admin', database: 'shop' });

// ruleid: js/hardcoded-credentials
const sequelize = new Sequelize('shop', 'shop_user', 'Sup3rS3cret!', { host: 'db', dialect: 'postgres' });

// ruleid: js/hardcoded-credentials
mongoose.connect('mongodb://admin:p4ssw0rd@localhost:27017/app?authSource=admin');

// ruleid: js/hardcoded-credentials
const MONGO_URI = process.env.MONGO_URI || 'mongodb+srv://app:hunter2@cluster0.example.net/prod';
const mongo = new MongoClient(MONGO_URI);

const transporter = nodemailer.createTransport({
  host: 'smtp.gmail.com',
  port: 465,
  auth: {
    user: 'noreply@example.com',
    // ruleid: js/hardcoded-credentials
    pass: 'gmail-app-password',
  },
});

// ruleid: js/hardcoded-credentials
const DB_PASSWORD = 'root';
const client = new Client({ user: 'postgres', password: DB_PASSWORD });

const redis = new Redis({
  host: 'cache',
  // ruleid: js/hardcoded-credentials
  password: process.env.REDIS_PASSWORD || 'redispass',
});

const db = knex({
  client: 'pg',
  // ruleid: js/hardcoded-credentials
  connection: 'postgres://app:letmein@db.internal:5432/app',
});

const config = {
  database: {
    host: 'localhost',
    port: 3306,
    username: 'root',
    // ruleid: js/hardcoded-credentials
    password: 'toor',
  },
};

async function callPartner() {
  return axios.get('https://partner.example.com/api', {
    // ruleid: js/hardcoded-credentials
    auth: { username: 'partner', password: 'partner-pass-2024' },
  });
}

const app = express();
app.post('/admin/login', (req, res) => {
  const { username, password } = req.body;
  // ruleid: js/hardcoded-credentials
  if (username === 'admin' && password === 'admin123') {
    req.session.isAdmin = true;
    return res.redirect('/admin');
  }
  res.status(401).send('Invalid credentials');
});

app.use('/internal', (req, res, next) => {
  // ruleid: js/hardcoded-credentials
  if (req.headers['x-api-key'] !== 'internal-key-123') return res.sendStatus(401);
  next();
});

// Safe look-alikes
// ok: js/hardcoded-credentials
const envPool = new Pool({ host: process.env.PGHOST, user: process.env.PGUSER, password: process.env.PGPASSWORD });
// ok: js/hardcoded-credentials
const envConn = mysql.createConnection({ host: 'localhost', user: 'root', password: process.env.DB_PASSWORD || '', database: 'shop' });
// ok: js/hardcoded-credentials
mongoose.connect(process.env.MONGODB_URI);
// ok: js/hardcoded-credentials
const localMongo = new MongoClient('mongodb://localhost:27017/app');
// ok: js/hardcoded-credentials
const envSequelize = new Sequelize(process.env.DB_NAME, process.env.DB_USER, process.env.DB_PASS, { dialect: 'mysql' });
const docsExample = {
  host: 'db.example.com',
  // ok: js/hardcoded-credentials
  password: '<your-password>',
};
const testPool = new Pool({
  host: 'localhost',
  // ok: js/hardcoded-credentials
  password: '',
});

app.post('/register', (req, res) => {
  const { password, confirmPassword } = req.body;
  // ok: js/hardcoded-credentials
  if (password !== confirmPassword) return res.status(400).send('Passwords do not match');
  // ok: js/hardcoded-credentials
  if (typeof password !== 'string' || password === '') return res.status(400).end();
  // ok: js/hardcoded-credentials
  if (req.body.passwordStrength === 'weak') return res.status(400).end();
  res.sendStatus(201);
});

async function loginTest(request) {
  // ok: js/hardcoded-credentials
  await request(app).post('/login').send({ username: 'alice', password: 'correct horse' });
}

const formFields = [
  // ok: js/hardcoded-credentials
  { name: 'password', type: 'password', label: 'Password' },
];

// Shared secrets that requests are checked against.
const crypto = require('crypto');
// ruleid: js/hardcoded-credentials
const PREVIEW_TOKEN = process.env.PREVIEW_TOKEN || 'pv-4f9c2a7e81d0b3-live';
function previewAllowed(req) {
  return req.query.token === PREVIEW_TOKEN;
}
// ruleid: js/hardcoded-credentials
const SIGNING_SECRET = 'k8Jd02mQ-7hTx9LpZ3vN';
function signatureMatches(given) {
  const expected = Buffer.from(SIGNING_SECRET);
  const actual = Buffer.from(given);
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}
// From the environment only: a deployment without it fails closed.
// ok: js/hardcoded-credentials
const HOOK_SECRET = process.env.HOOK_SECRET;
function hookAllowed(given) {
  return crypto.timingSafeEqual(Buffer.from(given), Buffer.from(HOOK_SECRET));
}
// A placeholder fallback, and a CSRF token compared with the session's: no secret in the code.
// ok: js/hardcoded-credentials
const DEMO_SECRET = process.env.DEMO_SECRET || 'changeme';
function demoAllowed(req) {
  return req.query.secret === DEMO_SECRET || req.body.csrfToken === req.session.csrfToken;
}

// A string compared with an authentication mode names the mode, not a secret the request must present.
function usesClientSecret(config) {
  // ok: js/hardcoded-credentials
  return config.authentication.type === 'azure-active-directory-service-principal-secret';
}
function usesClientSecretToken(config) {
  // ok: js/hardcoded-credentials
  if (config.authentication.type !== 'oauth-client-credentials-secret' && config.authentication.type !== 'default') return false;
  return config.authentication.secret === ADMIN_SECRET;
}
// ruleid: js/hardcoded-credentials
const ADMIN_SECRET = 'q7Vt2xLm9Rk4Wp0zNc3j';

// A CLI parser's option aliases beside connection options: `P` is the flag, not a password.
const cliOptions = {
  string: ['hostname', 'username', 'password'],
  alias: {
    port: 'p',
    hostname: ['h', 'host'],
    username: 'u',
    // ok: js/hardcoded-credentials
    password: 'P',
  },
};
const shortPool = new Pool({
  host: 'localhost',
  // ruleid: js/hardcoded-credentials
  password: 'pw',
});

module.exports = { usesClientSecret, usesClientSecretToken, cliOptions, shortPool, previewAllowed, signatureMatches, hookAllowed, demoAllowed, pool, connection, sequelize, mongo, transporter, client, redis, db, config, callPartner, envPool, envConn, localMongo, envSequelize, docsExample, testPool, loginTest, formFields };
