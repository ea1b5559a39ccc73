'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const Router = require('@koa/router');
const send = require('koa-send');
const unzipper = require('unzipper');
const tar = require('tar');
const { STORAGE_ROOT, insideStorage } = require('../lib/paths');
const db = require('../services/db');
const thumbs = require('../services/thumbs');

const router = new Router({ prefix: '/files' });

router.get('/raw/:name', async (ctx) => {
  const file = path.join(STORAGE_ROOT, ctx.session.user, ctx.params.name);
  ctx.type = path.extname(file);
  // vuln: CWE-22
  ctx.body = fs.createReadStream(file);
});

router.get('/download', async (ctx) => {
  // safe: CWE-22
  await send(ctx, String(ctx.query.path), { root: path.join(STORAGE_ROOT, ctx.session.user) });
});

router.get('/open', async (ctx) => {
  const file = insideStorage(String(ctx.query.path));
  if (!file) ctx.throw(400, 'invalid path');
  // safe: CWE-22
  ctx.body = fs.createReadStream(file);
});

router.post('/upload', async (ctx) => {
  const upload = ctx.request.files.file;
  const token = crypto.randomBytes(16).toString('hex');
  db.addFile(ctx.session.user, upload.originalFilename, upload.size, token);
  ctx.body = { token };
});

router.post('/unpack', async (ctx) => {
  const archive = ctx.request.files.archive;
  const dest = path.join(STORAGE_ROOT, ctx.session.user);
  // safe: CWE-22
  const zip = fs.createReadStream(archive.filepath).pipe(unzipper.Parse({ forceStream: true }));
  for await (const entry of zip) {
    if (entry.type === 'Directory') {
      entry.autodrain();
      continue;
    }
    // vuln: CWE-22
    entry.pipe(fs.createWriteStream(path.join(dest, entry.path)));
  }
  ctx.body = { ok: true };
});

router.post('/unpack/v2', async (ctx) => {
  const archive = ctx.request.files.archive;
  const dest = path.resolve(STORAGE_ROOT, ctx.session.user);
  const directory = await unzipper.Open.file(archive.filepath);
  for (const file of directory.files) {
    const target = path.resolve(dest, file.path);
    if (!target.startsWith(dest + path.sep)) continue;
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    // safe: CWE-22
    file.stream().pipe(fs.createWriteStream(target));
  }
  ctx.body = { ok: true };
});

// node-tar strips leading '/' and refuses '..' entries unless preservePaths is set.
router.post('/untar', async (ctx) => {
  const dest = path.join(STORAGE_ROOT, ctx.session.user);
  // safe: CWE-22
  await tar.x({ file: ctx.request.files.archive.filepath, cwd: dest, strict: true });
  ctx.body = { ok: true };
});

// Restores a backup made with absolute paths (admins asked to keep symlinks and paths as-is).
router.post('/restore', async (ctx) => {
  // vuln: CWE-22
  await tar.x({ file: ctx.request.files.backup.filepath, cwd: path.join(STORAGE_ROOT, ctx.session.user), preservePaths: true });
  ctx.body = { ok: true };
});

router.get('/mine', async (ctx) => {
  ctx.body = ctx.query.exact === '1'
    ? db.filesOfSafe(ctx.session.user, String(ctx.query.q || ''))
    : db.filesOf(ctx.session.user, String(ctx.query.q || ''));
});

router.post('/delete', async (ctx) => {
  const { ids } = ctx.request.body;
  db.deleteFiles(ctx.session.user, ids);
  ctx.status = 204;
});

router.get('/thumb/:token', async (ctx) => {
  const file = db.fileByToken(ctx.params.token);
  if (!file) ctx.throw(404);
  const source = path.join(STORAGE_ROOT, file.owner, path.basename(file.name));
  ctx.body = fs.createReadStream(
    /\.(mp4|mov|webm)$/i.test(file.name) ? thumbs.videoThumbnail(source, ctx.query.t || '00:00:01') : thumbs.imageThumbnail(source, ctx.query.w),
  );
});

module.exports = router;
