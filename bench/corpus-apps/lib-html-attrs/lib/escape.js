'use strict';

const ESCAPES = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
};

/**
 * Escapes a value for HTML: `&`, `<` and `>` become entities. `null` / `undefined` give `''`.
 * @param {unknown} value
 * @returns {string}
 */
function escapeHtml(value) {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>]/g, (ch) => ESCAPES[ch]);
}

/**
 * Removes tags from an HTML fragment, keeping the text (for previews and `title` attributes;
 * the result is still escaped before use).
 * @param {string} html
 * @returns {string}
 */
function stripTags(html) {
  return String(html).replace(/<[^<>]*>/g, '');
}

exports.escapeHtml = escapeHtml;
exports.stripTags = stripTags;
