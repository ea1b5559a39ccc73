const express = require('express');
const { fetchInvoices, fetchTenantInvoices, fetchReport } = require('./billing');

const app = express();
const BILLING_URL = process.env.BILLING_URL;

app.get('/customers/:id/invoices', async (req, res) => {
  res.json(await fetchInvoices(BILLING_URL, req.params.id));
});

app.get('/tenants/:tenant/invoices', async (req, res) => {
  res.json(await fetchTenantInvoices(req.params.tenant, req.query.customer));
});

app.get('/reports', async (req, res) => {
  res.json(await fetchReport(BILLING_URL, req.query.name));
});

module.exports = app;
