const Hapi = require('@hapi/hapi');
const { login, health } = require('../controllers/auth');

async function start() {
  const server = Hapi.server({ port: 3000 });
  // ruleid: js/missing-rate-limit
  server.route({ method: 'POST', path: '/auth/login', handler: login });
  // ok: js/missing-rate-limit
  server.route({ method: 'GET', path: '/health', handler: health });
  await server.start();
}

module.exports = { start };
