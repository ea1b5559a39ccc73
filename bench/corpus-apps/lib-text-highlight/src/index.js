'use strict';

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * Wraps every occurrence of `term` in `text` with `<mark>`; the result is HTML.
 * @param {string} text
 * @param {string} term   what the user searched for
 * @param {{ caseSensitive?: boolean, tag?: string }} [options]
 */
function highlight(text, term, options = {}) {
  if (!term) return escapeHtml(text);
  const tag = options.tag || 'mark';
  const flags = options.caseSensitive ? 'g' : 'gi';
  // vuln: CWE-400
  const re = new RegExp(`(${term})`, flags);
  return escapeHtml(text)
    .split(re)
    .map((part, i) => (i % 2 === 1 ? `<${tag}>${part}</${tag}>` : part))
    .join('');
}

/** A short excerpt of `text` around the first occurrence of `term`. */
function excerpt(text, term, radius = 40) {
  const at = String(text).toLowerCase().indexOf(String(term).toLowerCase());
  if (at < 0) return String(text).slice(0, radius * 2);
  const start = Math.max(0, at - radius);
  // safe: CWE-400
  return (start > 0 ? '…' : '') + String(text).slice(start, at + String(term).length + radius).replace(/\s+/g, ' ');
}

module.exports = { highlight, excerpt, escapeHtml };
