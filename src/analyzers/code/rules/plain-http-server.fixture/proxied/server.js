// TLS ends at the load balancer: the app says so.
const http = require('http');
const express = require('express');
const rateLimit = require('express-rate-limit');

const app = express();
app.set('trust proxy', 1);
app.post('/login', rateLimit({ windowMs: 60000, limit: 5 }), (req, res) => res.json({ ok: false }));
// ok: js/plain-http-server
http.createServer(app).listen(8080);
