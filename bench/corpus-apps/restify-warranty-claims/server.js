'use strict';

const restify = require('restify');
const config = require('./config');
const log = require('./lib/logger');
const cors = require('./middleware/cors');
const requestLog = require('./middleware/request-log');
const onRestifyError = require('./middleware/error-handler');
const registerRoutes = require('./routes');

const server = restify.createServer({
  name: 'claimdesk-api',
  handleUncaughtExceptions: false,
});

server.pre(restify.plugins.pre.dedupeSlashes());
server.pre(cors);
server.use(requestLog);
server.use(restify.plugins.acceptParser(server.acceptable));
server.use(restify.plugins.queryParser({ mapParams: false }));
server.use(restify.plugins.bodyParser({
  mapParams: false,
  mapFiles: false,
  maxBodySize: 20 * 1024 * 1024,
  keepExtensions: false,
  uploadDir: '/tmp/claimdesk-uploads',
}));
server.use(restify.plugins.gzipResponse());
server.use((req, res, next) => {
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('X-Frame-Options', 'DENY');
  res.header('Content-Security-Policy', "default-src 'self'");
  next();
});

registerRoutes(server);

server.on('restifyError', onRestifyError);

server.listen(config.port, () => {
  log.info({ url: server.url }, 'claimdesk-api listening');
});

module.exports = server;
