'use strict';

const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const crypto = require('crypto');
const errors = require('restify-errors');
const config = require('../config');
const remote = require('../lib/remote');

const EXT_BY_TYPE = { 'image/jpeg': '.jpg', 'image/png': '.png', 'application/pdf': '.pdf' };

module.exports = function attachmentHandlers({ attachments, claims }) {
  async function claimDir(req) {
    const claim = await claims.findById(req.params.claimId, req.user.dealerId);
    if (!claim) throw new errors.NotFoundError('claim not found');
    const dir = path.join(config.attachmentsDir, String(claim.id));
    await fsp.mkdir(dir, { recursive: true });
    return { claim, dir };
  }

  return {
    async upload(req, res) {
      const file = req.files && req.files.file;
      if (!file) throw new errors.BadRequestError('file missing');
      const ext = EXT_BY_TYPE[file.type];
      if (!ext) throw new errors.UnsupportedMediaTypeError('unsupported type');
      const { claim, dir } = await claimDir(req);
      const stored = `${crypto.randomUUID()}${ext}`;
      // safe: CWE-22
      await fsp.copyFile(file.path, path.join(dir, stored));
      const id = await attachments.add(claim.id, stored, path.basename(file.name), file.type);
      res.send(201, { id });
    },

    async importFromUrl(req, res) {
      const { url } = req.body || {};
      if (!/^https?:\/\//i.test(String(url || ''))) throw new errors.BadRequestError('http(s) url required');
      const { claim, dir } = await claimDir(req);
      const image = await remote.downloadImage(url);
      const ext = EXT_BY_TYPE[image.contentType] || '.img';
      const stored = `${crypto.randomUUID()}${ext}`;
      await fsp.writeFile(path.join(dir, stored), image.buffer);
      const id = await attachments.add(claim.id, stored, path.basename(new URL(url).pathname) || 'remote', image.contentType);
      res.send(201, { id });
    },

    async download(req, res) {
      const row = await attachments.get(req.params.attachmentId, req.params.claimId);
      if (!row) throw new errors.NotFoundError('attachment not found');
      const { dir } = await claimDir(req);
      const full = path.resolve(dir, path.basename(row.stored_name));
      if (!full.startsWith(dir + path.sep)) throw new errors.ForbiddenError('bad path');
      res.setHeader('Content-Type', row.content_type);
      res.setHeader('Content-Disposition', `attachment; filename="${encodeURIComponent(row.original_name)}"`);
      // safe: CWE-22
      fs.createReadStream(full).pipe(res);
    },

    // Older dealer portal links point at /claims/:claimId/files?name=<file on disk>.
    async legacyDownload(req, res) {
      const { dir } = await claimDir(req);
      const full = path.join(dir, String(req.query.name || ''));
      res.setHeader('Content-Type', 'application/octet-stream');
      // vuln: CWE-22
      fs.createReadStream(full).on('error', () => res.send(404)).pipe(res);
    },
  };
};
