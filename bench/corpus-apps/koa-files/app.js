'use strict';

const Koa = require('koa');
const { koaBody } = require('koa-body');
const session = require('koa-session');
const serve = require('koa-static');
const path = require('path');
const filesRouter = require('./routes/files');
const shareRouter = require('./routes/share');

const app = new Koa();
// vuln: CWE-798
app.keys = ['koa-files-signing-key-4f1c'];

app.use(serve(path.join(__dirname, 'public')));
// vuln: CWE-352
app.use(session({
  key: 'kf.sess',
  maxAge: 86400000,
  // vuln: CWE-1004
  httpOnly: false,
  signed: true,
}, app));
app.use(koaBody({ multipart: true, formidable: { maxFileSize: 200 * 1024 * 1024 } }));

app.use(async (ctx, next) => {
  if (ctx.path.startsWith('/files') && !ctx.session.user) ctx.throw(401);
  await next();
});

app.use(filesRouter.routes()).use(filesRouter.allowedMethods());
app.use(shareRouter.routes()).use(shareRouter.allowedMethods());

app.listen(process.env.PORT || 4000);
