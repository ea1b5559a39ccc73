#!/usr/bin/env node
const http = require('http');
const { app, sessionStore } = require('../app');
const db = require('../models');
const config = require('../config');
const logger = require('../lib/logger');

async function main() {
  await db.sequelize.authenticate();
  await sessionStore.sync();
  const server = http.createServer(app);
  server.listen(config.port, () => logger.info(`marketplace listening on :${config.port}`));

  const shutdown = () => server.close(() => db.sequelize.close().then(() => process.exit(0)));
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err) => {
  logger.error('failed to start', { message: err.message });
  process.exit(1);
});
