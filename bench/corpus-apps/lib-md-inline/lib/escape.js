'use strict';

const TEXT_MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text content. Every `&` is escaped. */
function escapeText(str) {
  return String(str).replace(/[&<>"']/g, (ch) => TEXT_MAP[ch]);
}

/**
 * Escape an attribute value. Entities already present in the source (`&amp;`, `&#39;`) are kept
 * as they are so that URLs copied from HTML are not double-escaped.
 */
function escapeAttr(str) {
  return String(str)
    .replace(/&(?!#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

module.exports = { escapeText, escapeAttr };
