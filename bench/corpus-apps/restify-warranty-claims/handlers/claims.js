'use strict';

const fs = require('fs/promises');
const yaml = require('js-yaml');
const errors = require('restify-errors');
const tokens = require('../lib/tokens');
const fieldCrypto = require('../lib/field-crypto');
const { escapeRegExp } = require('../lib/html');

const STATUSES = new Set(['open', 'awaiting_parts', 'in_repair', 'shipped', 'closed', 'rejected']);

module.exports = function claimHandlers({ claims, insurer }) {
  return {
    async list(req, res) {
      const { status, sort, dir, limit, offset } = req.query;
      if (status && !STATUSES.has(status)) throw new errors.BadRequestError('unknown status');
      const rows = await claims.list(req.user.dealerId, { status, sort, dir, limit, offset });
      res.send(rows);
    },

    async get(req, res) {
      const claim = await claims.findById(req.params.id, req.user.dealerId);
      if (!claim) throw new errors.NotFoundError('claim not found');
      res.send(claim);
    },

    async searchByModel(req, res) {
      const { model, from } = req.query;
      const since = from && !Number.isNaN(Date.parse(from)) ? from : '1970-01-01';
      res.send(await claims.searchByModel(req.user.dealerId, String(model || ''), since));
    },

    async searchFaults(req, res) {
      const rows = await claims.list(req.user.dealerId, { limit: 200 });
      const pattern = String(req.query.pattern || '');
      // vuln: CWE-400, CWE-1333
      const hits = rows.filter((r) => new RegExp(pattern, 'i').test(r.fault || ''));
      res.send(hits);
    },

    async searchFaultsByKeyword(req, res) {
      const rows = await claims.list(req.user.dealerId, { limit: 200 });
      const re = new RegExp(escapeRegExp(String(req.query.keyword || '')), 'i');
      // safe: CWE-400
      res.send(rows.filter((r) => re.test(r.fault || '')));
    },

    async create(req, res) {
      const { customerId, productId, serial, fault } = req.body || {};
      if (!customerId || !productId || !serial) throw new errors.BadRequestError('customerId, productId and serial are required');
      const created = await claims.create({
        claimNumber: tokens.newClaimNumber(),
        dealerId: req.user.dealerId,
        customerId,
        productId,
        serialEnc: fieldCrypto.encryptSerial(String(serial)),
        fault: String(fault || '').slice(0, 2000),
      });
      res.send(201, created);
    },

    async updateStatus(req, res) {
      const { status, note } = req.body || {};
      if (!STATUSES.has(status)) throw new errors.BadRequestError('unknown status');
      await claims.updateStatus(req.params.id, req.user.dealerId, status, note ? fieldCrypto.encryptNote(String(note)) : null);
      res.send(204);
    },

    // Dealers upload a YAML batch exported from their shop system.
    async importBatch(req, res) {
      const file = req.files && req.files.batch;
      if (!file) throw new errors.BadRequestError('batch file missing');
      const text = await fs.readFile(file.path, 'utf8');
      // vuln: CWE-502
      const doc = yaml.load(text);
      const items = Array.isArray(doc && doc.claims) ? doc.claims : [];
      const created = [];
      for (const item of items.slice(0, 500)) {
        created.push(await claims.create({
          claimNumber: tokens.newClaimNumber(),
          dealerId: req.user.dealerId,
          customerId: item.customer_id,
          productId: item.product_id,
          serialEnc: fieldCrypto.encryptSerial(String(item.serial)),
          fault: String(item.fault || '').slice(0, 2000),
        }));
      }
      res.send(201, { created: created.length });
    },

    async importBatchJson(req, res) {
      const file = req.files && req.files.batch;
      if (!file) throw new errors.BadRequestError('batch file missing');
      // safe: CWE-502
      const doc = JSON.parse(await fs.readFile(file.path, 'utf8'));
      res.send(202, { received: Array.isArray(doc.claims) ? doc.claims.length : 0 });
    },

    async submitToInsurer(req, res) {
      const claim = await claims.findById(req.params.id, req.user.dealerId);
      if (!claim) throw new errors.NotFoundError('claim not found');
      const ref = await insurer.submitClaim({ number: claim.claim_number, fault: claim.fault, product: claim.product_id });
      res.send(202, ref);
    },

    async stats(req, res) {
      res.send(await claims.stats(req.user.dealerId, req.query.groupBy));
    },
  };
};
