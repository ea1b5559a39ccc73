'use strict';

const TEXT_MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text content. Every `&` is escaped. */
function escapeText(str) {
  return String(str).replace(/[&<>"']/g, (ch) => TEXT_MAP[ch]);
}

/**
 * Escape an attribute value. Every `&` is escaped (2.1.1: entities in the source are no longer
 * passed through, the URL was already decoded and checked by cleanUrl()).
 */
function escapeAttr(str) {
  return String(str).replace(/[&<>"']/g, (ch) => TEXT_MAP[ch]);
}

module.exports = { escapeText, escapeAttr };
