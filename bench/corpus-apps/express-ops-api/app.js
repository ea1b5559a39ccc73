'use strict';

const http = require('http');
const express = require('express');
const helmet = require('helmet');
const opsRoutes = require('./routes/ops');
const { attachConsole } = require('./ws/console');

const app = express();
app.disable('x-powered-by');
app.use(helmet());
app.use(express.json({ limit: '100kb' }));
app.use('/ops', opsRoutes);

const server = http.createServer(app);
attachConsole(server);
server.listen(process.env.PORT || 8080);
