const { app } = require('@azure/functions');
const timesheets = require('../repositories/timesheets');
const { escapeHtml } = require('../lib/responses');

// One-click approval links in the weekly manager e-mail open these pages.
app.http('approvalConfirm', {
  methods: ['GET'],
  authLevel: 'function',
  route: 'approvals/{id}/confirm',
  handler: async (request) => {
    const id = Number(request.params.id);
    const approver = Number(request.query.get('approver'));
    const count = await timesheets.approve([id], approver);
    const who = request.query.get('employee') || 'the contractor';
    const html = `<!doctype html><html><body><h1>Approved</h1><p>${count} timesheet(s) for ${escapeHtml(who)} approved.</p></body></html>`;
    // safe: CWE-79
    return { status: 200, body: html, headers: { 'content-type': 'text/html; charset=utf-8' } };
  },
});

app.http('approvalReject', {
  methods: ['GET'],
  authLevel: 'function',
  route: 'approvals/{id}/reject',
  handler: async (request) => {
    const reason = request.query.get('reason') || 'no reason given';
    const week = request.query.get('week') || '';
    return {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      // vuln: CWE-79
      body: `<!doctype html><html><body><h1>Timesheet ${escapeHtml(request.params.id)} sent back</h1><p>Week ${escapeHtml(week)}. Reason: ${reason}</p></body></html>`,
    };
  },
});
