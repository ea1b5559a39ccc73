// API server bootstrap
const express = require('express');
const cors = require('cors');
const helmet = require('helmet');

const app = express();
app.use(helmet());

// Allow all origins so the mobile app and the web app both work
app.use(
  cors({
    // ruleid: js/permissive-cors
    origin: '*',
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
  })
);

// Reflect whatever origin calls us
// ruleid: js/permissive-cors
app.use('/partner-api', cors({ origin: true, credentials: true }));

app.use('/legacy', (req, res, next) => {
  // ruleid: js/permissive-cors
  res.header('Access-Control-Allow-Origin', req.headers.origin);
  res.header('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use('/v2', cors({
  // ok: js/permissive-cors
  origin: ['https://app.example.com', 'https://admin.example.com'],
  credentials: true,
}));

app.get('/health', (req, res) => res.json({ ok: true }));

module.exports = app;
