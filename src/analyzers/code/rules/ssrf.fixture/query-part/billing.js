// A client of a service whose base URL comes from the server's configuration.
async function fetchInvoices(baseUrl, customerId) {
  // Only the query string carries the caller's value: the host and path stay the configured ones.
  // ok: js/ssrf
  const res = await fetch(`${baseUrl}/v1/invoices?customer=${encodeURIComponent(customerId)}`);
  return res.json();
}

async function fetchTenantInvoices(tenant, customerId) {
  // The caller's value names the host.
  // ruleid: js/ssrf
  const res = await fetch(`https://${tenant}.billing.example.com/v1/invoices?customer=${customerId}`);
  return res.json();
}

async function fetchReport(baseUrl, report) {
  // ok: js/ssrf
  const res = await fetch(baseUrl + '/v1/reports?name=' + report);
  return res.json();
}

module.exports = { fetchInvoices, fetchTenantInvoices, fetchReport };
