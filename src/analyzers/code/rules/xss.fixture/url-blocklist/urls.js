// Two project URL sanitisers: one refuses a list of bad schemes, one allows a list of good ones.
const BLOCKED = new Set(['javascript', 'vbscript', 'data']);
const ALLOWED = new Set(['http', 'https', 'mailto']);
const SCHEME = /^([^:/?#]+):/;

// Browsers drop a tab inside the scheme (`java\tscript:`): a list of bad schemes is never complete.
function sanitizeUrl(url) {
  const trimmed = String(url).trim();
  const m = SCHEME.exec(trimmed);
  if (!m) return trimmed;
  return BLOCKED.has(m[1].toLowerCase()) ? 'about:blank' : trimmed;
}

function safeUrl(url) {
  const trimmed = String(url).trim();
  const m = SCHEME.exec(trimmed);
  if (!m) return trimmed.startsWith('/') ? trimmed : 'about:blank';
  return ALLOWED.has(m[1].toLowerCase()) ? trimmed : 'about:blank';
}

module.exports = { sanitizeUrl, safeUrl };
