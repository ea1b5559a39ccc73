'use strict';

const { renderLine, stripLine } = require('./lib/inline');
const { normalizeOptions } = require('./lib/url');

/**
 * Renders inline markdown to an HTML string. Paragraphs are split on blank lines, single newlines
 * become <br>. Safe for untrusted input (all text is escaped, unsafe link schemes are dropped).
 */
function render(markdown, options) {
  const opts = normalizeOptions(options);
  return String(markdown == null ? '' : markdown)
    .split(/\n{2,}/)
    .map((para) => '<p>' + para.split('\n').map((l) => renderLine(l, opts)).join('<br>') + '</p>')
    .join('\n');
}

/** Renders a comment or chat message into an element. */
function renderInto(element, markdown, options) {
  const html = render(markdown, options);
  // safe: CWE-79
  element.innerHTML = html;
  return element;
}

/** Writes the plain text of a message (notifications, previews, title attributes). */
function renderText(element, markdown) {
  const text = String(markdown == null ? '' : markdown).split('\n').map(stripLine).join(' ');
  // safe: CWE-79
  element.textContent = text;
  return element;
}

/** Shows a short "edited" badge; fixed markup only. */
function markEdited(element) {
  const badge = element.ownerDocument.createElement('span');
  badge.className = 'md-edited';
  badge.innerHTML = '<small>(edited)</small>';
  element.appendChild(badge);
}

module.exports = { render, renderInto, renderText, markEdited };
