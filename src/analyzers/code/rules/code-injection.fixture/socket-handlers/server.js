'use strict';

const http = require('http');
const { Server } = require('socket.io');
const { MetricsService } = require('./services/metrics');
const registerMetricHandlers = require('./handlers/metrics');

const server = http.createServer();
const io = new Server(server);
const metrics = new MetricsService([]);

io.on('connection', (socket) => registerMetricHandlers(socket, { metrics }));

server.listen(4000);
