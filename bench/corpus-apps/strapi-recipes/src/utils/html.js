'use strict';

const MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const escapeHtml = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => MAP[c]);

module.exports = { escapeHtml };
