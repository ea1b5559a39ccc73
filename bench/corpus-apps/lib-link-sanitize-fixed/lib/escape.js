const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for an HTML text node.
 * @param {unknown} value
 */
export function escapeHtml(value) {
  return String(value == null ? '' : value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Escapes text for a double- or single-quoted attribute value.
 * @param {unknown} value
 */
export function escapeAttr(value) {
  return escapeHtml(value).replace(/`/g, '&#96;');
}
