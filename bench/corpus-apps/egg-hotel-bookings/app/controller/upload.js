'use strict';

const { Controller } = require('egg');
const fs = require('fs/promises');
const { createReadStream } = require('fs');
const path = require('path');

class UploadController extends Controller {
  async roomPhoto() {
    const { ctx, config } = this;
    const file = ctx.request.files[0];
    if (!file) ctx.throw(400, 'no file');
    const roomDir = path.join(config.baseDir, 'app/public/rooms', String(Number(ctx.query.room)));
    await fs.mkdir(roomDir, { recursive: true });
    const dest = path.join(roomDir, file.filename);
    // vuln: CWE-22
    await fs.copyFile(file.filepath, dest);
    await ctx.cleanupRequestFiles();
    ctx.body = { url: `/public/rooms/${Number(ctx.query.room)}/${encodeURIComponent(file.filename)}` };
  }

  async download() {
    const { ctx, config } = this;
    const root = path.resolve(config.exportDir);
    const target = path.resolve(root, path.basename(ctx.params.name));
    if (!target.startsWith(root + path.sep)) ctx.throw(400);
    ctx.attachment(path.basename(target));
    // safe: CWE-22
    ctx.body = createReadStream(target);
  }
}

module.exports = UploadController;
