// Team wiki: Koa, signed session cookie, page edits posted from HTML forms
const Koa = require('koa');
const Router = require('@koa/router');
const { koaBody } = require('koa-body');
const session = require('koa-session');
const serve = require('koa-static');
const crypto = require('crypto');
const path = require('path');
const pages = require('./pages');

const app = new Koa();
// ruleid: js/hardcoded-key
app.keys = ['wiki-session-signing-key'];

// ruleid: js/csrf
app.use(session({ key: 'wiki.sess', maxAge: 86400000, renew: true }, app));
app.use(koaBody({ multipart: true }));
app.use(serve(path.join(__dirname, 'public')));
// Nightly exports for admins to grab
// ruleid: js/sensitive-file-exposure
app.use(serve(path.join(__dirname, 'backups')));

const router = new Router();

router.post('/pages/:slug', async (ctx) => {
  await pages.save(ctx.params.slug, ctx.request.body.content, ctx.session.user);
  ctx.redirect(`/pages/${ctx.params.slug}`);
});

router.post('/webhooks/deploy', async (ctx) => {
  // ok: js/hardcoded-key
  const expected = crypto.createHmac('sha256', process.env.DEPLOY_WEBHOOK_SECRET).update(ctx.request.rawBody || '').digest('hex');
  ctx.status = expected === ctx.get('x-signature') ? 204 : 401;
});

// ruleid: js/missing-rate-limit
router.post('/login', async (ctx) => {
  const token = await pages.login(ctx.request.body.user, ctx.request.body.password);
  // ruleid: js/cookie-without-httponly
  ctx.cookies.set('wiki_token', token, { httpOnly: false });
  ctx.redirect('/');
});

app.use(router.routes());
app.listen(3000);
