'use strict';

const fs = require('fs');
const path = require('path');
const Router = require('@koa/router');
const AdmZip = require('adm-zip');

const EXPORT_DIR = path.resolve(process.env.EXPORT_DIR || '/var/lib/ops-console/exports');
const RESTORE_DIR = path.resolve(process.env.RESTORE_DIR || '/var/lib/ops-console/restore');

module.exports = function archiveRoutes() {
  const router = new Router({ prefix: '/api/archives' });

  router.get('/exports/:name', async (ctx) => {
    // vuln: CWE-22
    ctx.body = fs.createReadStream(path.join(EXPORT_DIR, ctx.params.name));
  });

  router.get('/exports/:name/size', async (ctx) => {
    // safe: CWE-22
    const stat = await fs.promises.stat(path.join(EXPORT_DIR, path.basename(ctx.params.name)));
    ctx.body = { size: stat.size };
  });

  router.post('/restore', async (ctx) => {
    const upload = ctx.request.files && ctx.request.files.archive;
    if (!upload) ctx.throw(400, 'archive required');
    const zip = new AdmZip(upload.filepath);
    for (const entry of zip.getEntries()) {
      if (entry.isDirectory) continue;
      const dest = path.join(RESTORE_DIR, entry.entryName);
      await fs.promises.mkdir(path.dirname(dest), { recursive: true });
      // vuln: CWE-22
      fs.writeFileSync(dest, entry.getData());
    }
    ctx.body = { restored: true };
  });

  router.post('/restore-all', async (ctx) => {
    const upload = ctx.request.files && ctx.request.files.archive;
    if (!upload) ctx.throw(400, 'archive required');
    const zip = new AdmZip(upload.filepath);
    // safe: CWE-22
    zip.extractAllTo(RESTORE_DIR, true);
    ctx.body = { restored: true };
  });

  return router;
};
