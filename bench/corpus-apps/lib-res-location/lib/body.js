'use strict';

const { encodeUrl } = require('./encode');

const STATUS_TEXT = { 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 307: 'Temporary Redirect', 308: 'Permanent Redirect' };

function escapeHtml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Small body for clients that do not follow redirects (HTML or plain text). */
function redirectBody(status, loc, acceptsHtml) {
  const text = STATUS_TEXT[status] || 'Redirecting';
  if (acceptsHtml) {
    const href = escapeHtml(encodeUrl(loc));
    return {
      type: 'text/html; charset=utf-8',
      // safe: CWE-79
      body: `<!DOCTYPE html><html><head><title>${text}</title></head><body><p>${text}. Redirecting to <a href="${href}">${href}</a></p></body></html>`,
    };
  }
  return { type: 'text/plain; charset=utf-8', body: `${text}. Redirecting to ${encodeUrl(loc)}` };
}

module.exports = { redirectBody, escapeHtml, STATUS_TEXT };
