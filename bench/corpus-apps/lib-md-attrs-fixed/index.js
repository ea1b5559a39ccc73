'use strict';

const { normalizeOptions } = require('./lib/options');
const { renderBlocks } = require('./lib/blocks');
const { renderInline } = require('./lib/inline');
const { escapeHtml } = require('./lib/escape');

function toLines(markdown) {
  return String(markdown == null ? '' : markdown).replace(/\r\n?/g, '\n').split('\n');
}

/** Markdown → HTML string. Raw HTML in the source is escaped, never passed through. */
function render(markdown, options) {
  return renderBlocks(toLines(markdown), normalizeOptions(options));
}

/** One line of inline Markdown (chat messages, table cells) → HTML without a wrapping `<p>`. */
function renderLine(markdown, options) {
  return renderInline(String(markdown == null ? '' : markdown), normalizeOptions(options));
}

/** Browser helper: renders into an element, replacing its content. */
function renderInto(element, markdown, options) {
  const html = render(markdown, options);
  element.innerHTML = html;
  return element;
}

/** Browser helper for chat logs and comment streams: appends one rendered message. */
function appendTo(element, markdown, options) {
  const html = renderLine(markdown, options);
  const item = element.ownerDocument.createElement('div');
  item.className = 'attrdown-message';
  item.insertAdjacentHTML('beforeend', html);
  element.appendChild(item);
  return item;
}

/** Browser helper for previews of text that must not be interpreted. */
function renderTextInto(element, markdown) {
  element.textContent = String(markdown == null ? '' : markdown);
  return element;
}

module.exports = { render, renderLine, renderInto, appendTo, renderTextInto, escapeHtml };
