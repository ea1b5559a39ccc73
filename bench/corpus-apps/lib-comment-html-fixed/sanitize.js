'use strict';

const ALLOWED = ['b', 'i', 'em', 'strong', 'p', 'br', 'ul', 'ol', 'li', 'code', 'pre', 'blockquote'];

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Escape everything, then turn back only bare allow-listed tags (no attributes at all).
function clean(html) {
  const escaped = String(html).replace(/[&<>"']/g, c => ESC[c]);
  return escaped.replace(/&lt;(\/?)([a-z]+)&gt;/gi, (m, slash, name) => (ALLOWED.includes(name.toLowerCase()) ? '<' + slash + name.toLowerCase() + '>' : m));
}

module.exports = { clean, ALLOWED };
