'use strict';

const fs = require('fs');
const path = require('path');

const EXPORT_DIR = path.resolve(process.cwd(), 'data', 'exports');
const ARCHIVE_DIR = path.resolve(process.cwd(), 'data', 'archive');

module.exports = ({ strapi }) => ({
  async fromUrl(ctx) {
    const svc = strapi.service('api::import.import');
    const { url } = ctx.request.body;
    const text = url ? await svc.fetchText(url) : await svc.fetchTrusted();
    ctx.body = { imported: await svc.save(svc.parseRecipes(text)) };
  },

  async supplier(ctx) {
    const svc = strapi.service('api::import.import');
    const supplier = svc.parseSupplier(String(ctx.request.body.yaml || ''));
    ctx.body = await strapi.entityService.create('api::supplier.supplier', { data: supplier });
  },

  async download(ctx) {
    const name = path.basename(ctx.params.file);
    const full = path.join(EXPORT_DIR, name);
    if (!full.startsWith(EXPORT_DIR + path.sep) || !fs.existsSync(full)) return ctx.notFound();
    ctx.attachment(name);
    // safe: CWE-22
    ctx.body = fs.createReadStream(full);
  },

  async archived(ctx) {
    const full = path.join(ARCHIVE_DIR, decodeURIComponent(ctx.params.file));
    if (!fs.existsSync(full)) return ctx.notFound();
    ctx.attachment(path.basename(full));
    // vuln: CWE-22
    ctx.body = fs.createReadStream(full);
  },
});
