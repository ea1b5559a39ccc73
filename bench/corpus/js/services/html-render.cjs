// Tiny HTML renderer (CommonJS) — no template engine
const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function renderCustomerPage(customer, note) {
  return `<!doctype html>
<html><body>
  <h1>${escapeHtml(customer.name)}</h1>
  <p class="note">${note}</p>
</body></html>`;
}

function renderSafeCustomerPage(customer, note) {
  return `<h1>${escapeHtml(customer.name)}</h1><p>${escapeHtml(note)}</p>`;
}

module.exports = { renderCustomerPage, renderSafeCustomerPage, escapeHtml };
