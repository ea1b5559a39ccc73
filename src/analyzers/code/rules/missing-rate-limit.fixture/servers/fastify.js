const Fastify = require('fastify');
const { login, signin, signup } = require('../controllers/auth');

const fastify = Fastify({ logger: true });

// ok: js/missing-rate-limit
fastify.post('/login', { config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, login);

// ruleid: js/missing-rate-limit
fastify.post('/signin', signin);

// ok: js/missing-rate-limit
fastify.post('/signup', signup);

module.exports = fastify;
