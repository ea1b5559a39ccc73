'use strict';

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Link and image targets: relative URLs, fragments and a few schemes; everything else becomes `#`. */
function safeUrl(raw) {
  // strip control characters and whitespace browsers ignore inside a scheme
  const url = String(raw).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const colon = url.indexOf(':');
  if (colon === -1) return url;
  const slash = url.search(/[/?#]/);
  if (slash !== -1 && slash < colon) return url;
  const scheme = url.slice(0, colon + 1).toLowerCase();
  return SAFE_SCHEMES.has(scheme) ? url : '#';
}

module.exports = { escapeHtml, safeUrl };
