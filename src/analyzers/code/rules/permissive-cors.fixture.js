const express = require('express');
const cors = require('cors');
const http = require('http');
const { Server } = require('socket.io');

const app = express();

// The one-liner every tutorial starts with: Access-Control-Allow-Origin: *
// ruleid: js/permissive-cors
app.use(cors());

// ruleid: js/permissive-cors
app.use(cors({ origin: '*' }));

app.use(cors({
  // ruleid: js/permissive-cors
  origin: true,
  credentials: true,
}));

const corsOptions = {
  // ruleid: js/permissive-cors
  origin: (origin, callback) => callback(null, true),
  credentials: true,
  methods: ['GET', 'POST', 'PUT', 'DELETE'],
};
app.use(cors(corsOptions));

const reflectAll = {
  // ruleid: js/permissive-cors
  origin: function (origin, callback) {
    if (!origin) return callback(null, true);
    callback(null, origin);
  },
  credentials: true,
};
app.options('*', cors(reflectAll));

// ruleid: js/permissive-cors
app.use(cors({ origin: process.env.CORS_ORIGIN || '*' }));

// No origin option: the cors package still sends '*'.
// ruleid: js/permissive-cors
app.use('/public', cors({ methods: ['GET'] }));

// --- allow-lists: fine ---
const ALLOWED_ORIGINS = ['https://app.example.com', 'https://admin.example.com'];
// ok: js/permissive-cors
app.use(cors({ origin: ALLOWED_ORIGINS, credentials: true }));

// ok: js/permissive-cors
app.use(cors({ origin: 'https://app.example.com' }));

// ok: js/permissive-cors
app.use(cors({ origin: process.env.FRONTEND_URL, credentials: true }));

const whitelist = new Set(ALLOWED_ORIGINS);
app.use(cors({
  // ok: js/permissive-cors
  origin(origin, callback) {
    if (!origin || whitelist.has(origin)) {
      callback(null, true);
    } else {
      callback(new Error('Not allowed by CORS'));
    }
  },
  credentials: true,
}));

app.use(cors({
  // ok: js/permissive-cors
  origin: (origin, cb) => cb(null, ALLOWED_ORIGINS.includes(origin)),
}));

// ok: js/permissive-cors
app.use(cors({ origin: /\.example\.com$/ }));

// --- hand-written headers ---
app.use((req, res, next) => {
  // ruleid: js/permissive-cors
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', 'GET,POST,PUT,DELETE,OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
  next();
});

function allowAnyOriginWithCookies(req, res, next) {
  // ruleid: js/permissive-cors
  res.header('Access-Control-Allow-Origin', req.headers.origin);
  res.header('Access-Control-Allow-Credentials', 'true');
  next();
}

function echoOrigin(req, res, next) {
  const origin = req.get('origin');
  // ruleid: js/permissive-cors
  res.set('Access-Control-Allow-Origin', origin);
  res.set('Vary', 'Origin');
  next();
}

function allowListedOrigin(req, res, next) {
  const { origin } = req.headers;
  if (origin && ALLOWED_ORIGINS.includes(origin)) {
    // ok: js/permissive-cors
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
}

function fixedOrigin(req, res, next) {
  // ok: js/permissive-cors
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  // ok: js/permissive-cors
  res.setHeader('Access-Control-Allow-Methods', '*');
  next();
}

http.createServer((req, res) => {
  // ruleid: js/permissive-cors
  res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
  res.end(JSON.stringify({ ok: true }));
});

// Lambda proxy response
exports.handler = async (event) => ({
  statusCode: 200,
  headers: {
    // ruleid: js/permissive-cors
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Credentials': true,
  },
  body: JSON.stringify({ items: [] }),
});

// --- socket.io ---
const server = http.createServer(app);
const io = new Server(server, {
  cors: {
    // ruleid: js/permissive-cors
    origin: '*',
    methods: ['GET', 'POST'],
  },
});

const adminIo = new Server(server, {
  path: '/admin-socket',
  // ok: js/permissive-cors
  cors: { origin: ['https://admin.example.com'], credentials: true },
});

// socket.io 2.x style
// ruleid: js/permissive-cors
const legacyIo = require('socket.io')(server, { origins: '*:*' });
// ruleid: js/permissive-cors
legacyIo.origins('*:*');
// ok: js/permissive-cors
legacyIo.origins(['https://app.example.com:443']);

// A public read-only API, declared as such: any site may read it, no cookies are involved.
// ok: js/permissive-cors
const publicCatalog = cors({ origin: '*', methods: ['GET', 'HEAD'], credentials: false });
// The same wildcard that also takes writes is reported.
// ruleid: js/permissive-cors
const publicWrites = cors({ origin: '*', methods: ['GET', 'POST'] });

// Next.js `headers()` config: a public GET route, and one that says nothing about methods.
const nextHeaders = [
  {
    source: '/api/public/:path*',
    headers: [
      // ok: js/permissive-cors
      { key: 'Access-Control-Allow-Origin', value: '*' },
      { key: 'Access-Control-Allow-Methods', value: 'GET' },
    ],
  },
  {
    source: '/api/:path*',
    headers: [
      // ruleid: js/permissive-cors
      { key: 'Access-Control-Allow-Origin', value: '*' },
      { key: 'Access-Control-Allow-Methods', value: 'GET,POST,DELETE' },
    ],
  },
];

// A variable named cors that is not the package.
const corsHeaders = { 'Access-Control-Allow-Methods': 'GET' };
// ok: js/permissive-cors
const settings = { cors: { origin: 'https://app.example.com' } };

// A font or image endpoint: other sites may load the asset (fonts need CORS to be used at all).
function serveFont(res, data) {
  // ok: js/permissive-cors
  res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'font/woff2' });
  res.end(data);
}

// The same wildcard on a JSON API is reported.
function serveReport(res, report) {
  // ruleid: js/permissive-cors
  res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' });
  res.end(JSON.stringify(report));
}

module.exports = { publicCatalog, publicWrites, nextHeaders, serveFont, serveReport, app, io, adminIo, allowAnyOriginWithCookies, echoOrigin, allowListedOrigin, fixedOrigin, corsHeaders, settings };

// A CORS middleware applying its own options: `*` only when the developer configured `'*'`, and
// the request's Origin only when the caller's matcher allowed it.
function setOrigin(options, req, res, allowed) {
  const requestOrigin = req.headers.origin;
  if (options.origin === '*' && options.credentials !== true) {
    // ok: js/permissive-cors
    res.setHeader('Access-Control-Allow-Origin', '*');
    return;
  }
  if (allowed && requestOrigin) {
    // ok: js/permissive-cors
    res.setHeader('Access-Control-Allow-Origin', requestOrigin);
  }
}

function setOriginFromFlag(options, req, res, verbose) {
  const requestOrigin = req.headers.origin;
  if (verbose && requestOrigin) {
    // ruleid: js/permissive-cors
    res.setHeader('Access-Control-Allow-Origin', requestOrigin);
  }
}
