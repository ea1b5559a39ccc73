const { app } = require('@azure/functions');
const ejs = require('ejs');
const path = require('path');
const { requireUser } = require('../lib/auth');
const { json, serverError } = require('../lib/responses');

const TEMPLATE_DIR = path.join(__dirname, '../../templates');

const sampleInvoice = {
  contractor: { name: 'Sample Contractor', company: 'Sample Ltd' },
  lines: [{ week: '2024-05-06', hours: 38.5, rate: 85 }],
  currency: 'EUR',
};

// Contractors render their own invoice from the standard layout.
app.http('invoiceRender', {
  methods: ['POST'],
  authLevel: 'anonymous',
  route: 'invoices/render',
  handler: async (request, context) => {
    const user = requireUser(request);
    if (!user) return { status: 401 };
    const data = await request.json();
    try {
      // safe: CWE-1336
      const html = await ejs.renderFile(path.join(TEMPLATE_DIR, 'invoice.ejs'), { invoice: data.invoice || sampleInvoice });
      return { status: 200, body: html, headers: { 'content-type': 'text/html; charset=utf-8' } };
    } catch (err) {
      return serverError(context, err);
    }
  },
});

// Agencies can upload their own invoice layout and preview it before saving.
app.http('invoiceLayoutPreview', {
  methods: ['POST'],
  authLevel: 'anonymous',
  route: 'invoices/layouts/preview',
  handler: async (request, context) => {
    const user = requireUser(request);
    if (!user || user.role !== 'agency') return { status: 403 };
    const { layout } = await request.json();
    try {
      // vuln: CWE-1336, CWE-94
      const html = ejs.render(layout, { invoice: sampleInvoice });
      return json(200, { html }, request);
    } catch (err) {
      return serverError(context, err);
    }
  },
});
