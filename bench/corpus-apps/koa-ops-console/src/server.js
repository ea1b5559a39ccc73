'use strict';

const http = require('http');
const Koa = require('koa');
const { koaBody } = require('koa-body');
const { Server } = require('socket.io');
const db = require('./db');
const { createInventory } = require('./services/inventory');
const { JobService } = require('./services/jobs');
const hostRoutes = require('./routes/hosts');
const configRoutes = require('./routes/config');
const archiveRoutes = require('./routes/archives');
const registerJobHandlers = require('./sockets/jobs');

const inventory = createInventory({ db });
const jobs = new JobService({ all: () => db('jobs').select() });
const settings = { replace: (doc) => db('settings').insert({ doc: JSON.stringify(doc), created_at: new Date() }) };

const app = new Koa();
app.use(koaBody({ multipart: true, jsonLimit: '1mb' }));

for (const router of [hostRoutes({ inventory }), configRoutes({ settings }), archiveRoutes()]) {
  app.use(router.routes()).use(router.allowedMethods());
}

const server = http.createServer(app.callback());
const io = new Server(server, { path: '/ws' });
io.use((socket, next) => (socket.handshake.auth && socket.handshake.auth.token === process.env.CONSOLE_TOKEN ? next() : next(new Error('unauthorized'))));
io.on('connection', (socket) => registerJobHandlers(io, socket, { jobs }));

server.listen(process.env.PORT || 8080);
