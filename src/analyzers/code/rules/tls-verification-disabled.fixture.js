const https = require('https');
const tls = require('tls');
const fs = require('fs');
const axios = require('axios');
const { Pool } = require('pg');
const nodemailer = require('nodemailer');
const request = require('request');
const got = require('got');
const { spawn } = require('child_process');
const mongoose = require('mongoose');

// --- axios with a custom agent (the classic "fix" for a self-signed cert error) ---
const insecureAgent = new https.Agent({
  keepAlive: true,
  // ruleid: js/tls-verification-disabled
  rejectUnauthorized: false,
});

async function fetchInventory() {
  // ruleid: js/tls-verification-disabled
  const res = await axios.get('https://inventory.internal/api/items', { httpsAgent: new https.Agent({ rejectUnauthorized: false }) });
  return res.data;
}

const apiClient = axios.create({
  baseURL: process.env.API_URL,
  httpsAgent: new https.Agent({
    // ok: js/tls-verification-disabled
    rejectUnauthorized: true,
    ca: fs.readFileSync('certs/internal-ca.pem'),
  }),
});

// Constant declared elsewhere in the file.
const VERIFY_TLS = false;
const legacyAgent = new https.Agent({
  // ruleid: js/tls-verification-disabled
  rejectUnauthorized: VERIFY_TLS,
});

// --- the global switch ---
// ruleid: js/tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

function allowSelfSigned() {
  // ruleid: js/tls-verification-disabled
  process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;
}

// ok: js/tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';

// ok: js/tls-verification-disabled
const tlsSetting = process.env.NODE_TLS_REJECT_UNAUTHORIZED;

// --- databases ---
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: {
    // ruleid: js/tls-verification-disabled
    rejectUnauthorized: false,
  },
});

const herokuPool = new Pool({
  connectionString: process.env.DATABASE_URL,
  // ruleid: js/tls-verification-disabled
  ssl: process.env.NODE_ENV === 'production' ? { rejectUnauthorized: false } : false,
});

const safePool = new Pool({
  connectionString: process.env.DATABASE_URL,
  // ok: js/tls-verification-disabled
  ssl: { ca: fs.readFileSync('certs/rds-ca-bundle.pem').toString(), rejectUnauthorized: true },
});

// Reads the flag from the environment and defaults to verifying.
const configuredPool = new Pool({
  // ok: js/tls-verification-disabled
  ssl: { rejectUnauthorized: process.env.DB_TLS_VERIFY !== 'false' },
});

// ruleid: js/tls-verification-disabled
const reportsDbUrl = 'postgres://reports:pw@db.internal:5432/reports?sslmode=no-verify';
// ok: js/tls-verification-disabled
const analyticsDbUrl = 'postgres://analytics@db.internal:5432/analytics?sslmode=verify-full';

// --- mail ---
const transporter = nodemailer.createTransport({
  host: 'smtp.example.com',
  port: 587,
  secure: false,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
  tls: {
    // ruleid: js/tls-verification-disabled
    rejectUnauthorized: false,
  },
});

// ok: js/tls-verification-disabled
const mailer = nodemailer.createTransport({ host: 'smtp.example.com', port: 465, secure: true, tls: { minVersion: 'TLSv1.2' } });

// --- raw tls ---
function connectToBroker(host) {
  return tls.connect({
    host,
    port: 8883,
    // ruleid: js/tls-verification-disabled
    checkServerIdentity: () => undefined,
  });
}

function connectPinned(host, expectedFingerprint) {
  return tls.connect({
    host,
    port: 8883,
    // ok: js/tls-verification-disabled
    checkServerIdentity: (hostname, cert) => {
      if (cert.fingerprint256 !== expectedFingerprint) {
        return new Error(`certificate fingerprint mismatch for ${hostname}`);
      }
      return tls.checkServerIdentity(hostname, cert);
    },
  });
}

const brokerOptions = {
  host: 'mq.internal',
  // ruleid: js/tls-verification-disabled
  checkServerIdentity() {},
};

// --- older clients ---
function callLegacy(url, cb) {
  // ruleid: js/tls-verification-disabled
  request({ url, strictSSL: false, json: true }, cb);
}

// ok: js/tls-verification-disabled
request({ url: 'https://status.example.com', strictSSL: true }, () => {});

async function fetchStatus(url) {
  return got(url, {
    https: {
      // ruleid: js/tls-verification-disabled
      rejectUnauthorized: false,
    },
  }).json();
}

async function fetchStatusInsecure(url) {
  // ruleid: js/tls-verification-disabled
  return got(url, { https: { insecure: true } }).json();
}

// `insecure` outside an https block is not a TLS setting.
// ok: js/tls-verification-disabled
const devServer = { host: '0.0.0.0', insecure: true };

// --- child processes that inherit the switch ---
function runMigration() {
  spawn('node', ['scripts/migrate.js'], {
    // ruleid: js/tls-verification-disabled
    env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' },
    stdio: 'inherit',
  });
}

// --- mutating the global agent ---
// ruleid: js/tls-verification-disabled
https.globalAgent.options.rejectUnauthorized = false;

// --- environment-dependent switch ---
const isDev = process.env.NODE_ENV !== 'production';
mongoose.connect(process.env.MONGO_URL, {
  tls: true,
  // ruleid: js/tls-verification-disabled
  tlsAllowInvalidCertificates: false, rejectUnauthorized: isDev ? false : true,
});

async function connectMongo() {
  await mongoose.connect(process.env.MONGO_URL, {
    tls: true,
    // ruleid: js/tls-verification-disabled
    tlsAllowInvalidCertificates: true,
    // ok: js/tls-verification-disabled
    tlsAllowInvalidHostnames: false,
  });
}

const reportingAgent = new https.Agent({
  // ruleid: js/tls-verification-disabled
  rejectUnauthorized: process.env.NODE_ENV === 'production',
});

const optInAgent = new https.Agent({
  // ruleid: js/tls-verification-disabled
  rejectUnauthorized: process.env.TLS_VERIFY === 'true',
});

const strictAgent = new https.Agent({
  // ok: js/tls-verification-disabled
  rejectUnauthorized: process.env.NODE_ENV !== 'test' || process.env.TLS_VERIFY !== 'false',
});

// Destructuring with a default is not an options object.
function makeAgent({ rejectUnauthorized = true } = {}) {
  // ok: js/tls-verification-disabled
  return new https.Agent({ rejectUnauthorized });
}

// A client library's own option handling: verification only for callers who ask for it.
function clientAgent(options = {}) {
  return new https.Agent({
    keepAlive: true,
    // ruleid: js/tls-verification-disabled
    rejectUnauthorized: options.rejectUnauthorized === true,
  });
}

function clientAgentBool(options = {}) {
  // ruleid: js/tls-verification-disabled
  return new https.Agent({ rejectUnauthorized: !!options.verify });
}

// On unless the caller turns it off: the safe default.
function clientAgentStrict(options = {}) {
  // ok: js/tls-verification-disabled
  return new https.Agent({ rejectUnauthorized: options.rejectUnauthorized !== false });
}

function mongoOptions(options = {}) {
  // ruleid: js/tls-verification-disabled
  return { tls: true, tlsAllowInvalidCertificates: options.allowInvalid !== false };
}

// --- branches that only a loopback host or an explicit "no-verify" setting reaches ---
function requestOptions(url, settings) {
  const options = { host: url.hostname, rejectUnauthorized: true };
  if (settings.trustLocalhost && /^(?:localhost|127\.0\.0\.\d+|::1)$/.test(url.hostname)) {
    // ok: js/tls-verification-disabled
    options.rejectUnauthorized = false;
  }
  if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') {
    // ok: js/tls-verification-disabled
    options.agent = new https.Agent({ rejectUnauthorized: false });
  }
  // A host that merely mentions localhost is not loopback.
  if (/localhost/.test(url.href)) {
    // ruleid: js/tls-verification-disabled
    options.rejectUnauthorized = false;
  }
  if (url.hostname !== 'localhost') {
    // ruleid: js/tls-verification-disabled
    options.rejectUnauthorized = false;
  }
  return options;
}

function sslFromMode(mode) {
  switch (mode) {
    case 'disable':
      return false;
    case 'require':
    case 'verify-full':
      return true;
    case 'no-verify':
      // ok: js/tls-verification-disabled
      return { rejectUnauthorized: false };
    case 'prefer':
      // ruleid: js/tls-verification-disabled
      return { rejectUnauthorized: false };
  }
  return true;
}

function sslFromSetting(ssl) {
  // ok: js/tls-verification-disabled
  if (ssl === 'no-verify') return { rejectUnauthorized: false };
  // ruleid: js/tls-verification-disabled
  if (ssl === 'staging') return { rejectUnauthorized: false };
  return ssl;
}

module.exports = { requestOptions, sslFromMode, sslFromSetting, clientAgent, clientAgentBool, clientAgentStrict, mongoOptions, fetchInventory, apiClient, legacyAgent, insecureAgent, pool, herokuPool, safePool, configuredPool, transporter, mailer, connectToBroker, connectPinned, brokerOptions, callLegacy, fetchStatus, fetchStatusInsecure, devServer, runMigration, makeAgent, connectMongo, reportingAgent, optInAgent, strictAgent, allowSelfSigned, tlsSetting, reportsDbUrl, analyticsDbUrl };
