const Koa = require('koa');
const Router = require('@koa/router');
const { login } = require('../controllers/auth');

const app = new Koa();
const router = new Router({ prefix: '/api' });

// ruleid: js/missing-rate-limit
router.post('/auth/token', login);
// ok: js/missing-rate-limit
router.post('/tokens/refresh-cache', login);
// A login for one kind of user is still a login.
// ruleid: js/missing-rate-limit
router.post('/auth/scanner-login', login);
// ruleid: js/missing-rate-limit
router.post('/auth/deviceLogin', login);
// ok: js/missing-rate-limit
router.get('/auth/login-history', login);

app.use(router.routes());
module.exports = app;
