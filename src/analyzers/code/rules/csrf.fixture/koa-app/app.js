const Koa = require('koa');
const Router = require('@koa/router');
const { koaBody } = require('koa-body');
const session = require('koa-session');

const app = new Koa();
app.keys = [process.env.KOA_KEY];
const router = new Router();
router.post('/files/:id/delete', async (ctx) => { ctx.redirect('/files'); });
// ruleid: js/csrf
app.use(session({ key: 'kf.sess', maxAge: 86400000 }, app));
// SameSite=Lax keeps the cookie off cross-site posts.
// ok: js/csrf
app.use(session({ key: 'kf2.sess', sameSite: 'lax' }, app));
app.use(koaBody({ multipart: true }));
app.use(router.routes());

module.exports = app;
