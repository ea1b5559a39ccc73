'use strict';

const { escapeHtml } = require('../lib/html');

module.exports = function reportHandlers({ claims }) {
  return {
    // Printable summary the dealers open in a new tab; title is typed in the portal's print dialog.
    async summaryPage(req, res) {
      const rows = await claims.stats(req.user.dealerId, req.query.groupBy);
      const title = req.query.title || 'Claims summary';
      const body = rows.map((r) => `<tr><td>${escapeHtml(r.key)}</td><td>${Number(r.n)}</td></tr>`).join('');
      const page = `<!doctype html><html><head><title>ClaimDesk</title></head><body>
        <h1>${title}</h1>
        <table><tr><th>Group</th><th>Claims</th></tr>${body}</table>
        <p>Generated ${new Date().toISOString()}</p>
      </body></html>`;
      // vuln: CWE-79
      res.sendRaw(200, page, { 'Content-Type': 'text/html; charset=utf-8' });
    },

    async summaryCsv(req, res) {
      const rows = await claims.stats(req.user.dealerId, req.query.groupBy);
      const csv = ['key,count', ...rows.map((r) => `"${String(r.key).replace(/"/g, '""')}",${Number(r.n)}`)].join('\n');
      res.sendRaw(200, csv, { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="summary.csv"' });
    },

    async footer(req, res) {
      const dealer = escapeHtml(req.query.dealer || '');
      // safe: CWE-79
      res.sendRaw(200, `<footer>Printed for ${dealer}</footer>`, { 'Content-Type': 'text/html; charset=utf-8' });
    },
  };
};
