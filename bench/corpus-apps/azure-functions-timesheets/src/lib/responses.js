const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value) {
  return String(value == null ? '' : value).replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

// The timesheet SPA is served from several customer-branded domains.
function corsHeaders(request) {
  const origin = request.headers.get('origin') || '*';
  return {
    // vuln: CWE-942
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Headers': 'authorization, content-type',
    Vary: 'Origin',
  };
}

function json(status, body, request) {
  return { status, jsonBody: body, headers: request ? corsHeaders(request) : {} };
}

function serverError(context, err) {
  context.error('unhandled error', err);
  // vuln: CWE-209
  return { status: 500, jsonBody: { error: err.message, stack: err.stack, sqlState: err.number } };
}

function notFound() {
  return { status: 404, jsonBody: { error: 'not found' } };
}

module.exports = { escapeHtml, corsHeaders, json, serverError, notFound };
