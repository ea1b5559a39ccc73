const Koa = require('koa');
const Router = require('@koa/router');
const { login } = require('../controllers/auth');

const app = new Koa();
const router = new Router({ prefix: '/api' });

// ruleid: js/missing-rate-limit
router.post('/auth/token', login);
// ok: js/missing-rate-limit
router.post('/tokens/refresh-cache', login);

app.use(router.routes());
module.exports = app;
