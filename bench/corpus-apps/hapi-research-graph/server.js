'use strict';

const Hapi = require('@hapi/hapi');
const Inert = require('@hapi/inert');

const people = require('./plugins/people');
const activity = require('./plugins/activity');
const previews = require('./plugins/previews');
const imports = require('./plugins/imports');
const sheets = require('./plugins/sheets');
const session = require('./plugins/session');

async function start() {
  const server = Hapi.server({
    port: Number(process.env.PORT) || 8080,
    routes: { cors: { origin: ['https://research.example.org'] } },
  });
  await server.register([Inert, people, activity, previews, imports, sheets, session]);
  await server.start();
  console.log('research graph listening on %s', server.info.uri);
  return server;
}

if (require.main === module) {
  start().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

module.exports = { start };
