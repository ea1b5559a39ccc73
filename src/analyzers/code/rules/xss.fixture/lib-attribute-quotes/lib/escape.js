'use strict';

const MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function escapeHtml(value) {
  if (value == null) return '';
  return String(value).replace(/[&<>]/g, (ch) => MAP[ch]);
}

function escapeQuoted(value) {
  return escapeHtml(value).replace(/"/g, '&quot;');
}

exports.escapeHtml = escapeHtml;
exports.escapeQuoted = escapeQuoted;
