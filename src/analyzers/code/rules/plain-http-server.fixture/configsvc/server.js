const http = require('http');
const express = require('express');
const config = require('./routes/config');

const app = express();
app.use(express.json());
app.use('/api/config', config);
// ok: js/plain-http-server
http.createServer(app).listen(8080);
