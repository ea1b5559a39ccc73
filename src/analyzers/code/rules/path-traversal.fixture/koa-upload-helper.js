// koa-body (formidable) uploads read through a helper under a field name it is given: where
// formidable stored the file (`filepath`) is the server's, the client's name is not.
const fs = require('fs');
const path = require('path');
const Koa = require('koa');
const Router = require('@koa/router');
const { koaBody } = require('koa-body');

function uploaded(ctx, field) {
  const file = ctx.request.files?.[field];
  if (!file || Array.isArray(file)) ctx.throw(400, `${field} is required`);
  return file;
}

const app = new Koa();
const router = new Router();
app.use(koaBody({ multipart: true }));

router.post('/statements', async (ctx) => {
  const file = uploaded(ctx, 'statement');
  // ok: js/path-traversal
  ctx.body = { size: (await fs.promises.readFile(file.filepath)).length };
});

router.post('/statements/keep', async (ctx) => {
  const file = uploaded(ctx, 'statement');
  // ruleid: js/path-traversal
  await fs.promises.copyFile(file.filepath, path.join('/srv/statements', file.originalFilename));
  ctx.status = 204;
});

app.use(router.routes());
module.exports = app;
