'use strict';
// A library package that builds HTML strings its callers insert as they are: escaping with a
// function that leaves `"` is not enough inside a double-quoted attribute value.
const { escapeHtml, escapeQuoted } = require('./lib/escape');

function attributes(attrs) {
  const parts = [];
  for (const name of Object.keys(attrs)) {
    if (!/^[a-z-]+$/.test(name) || /^on/i.test(name)) continue;
    // ruleid: js/xss
    parts.push(`${name}="${escapeHtml(attrs[name])}"`);
  }
  return parts.join(' ');
}

function image(src, alt) {
  // ok: js/xss
  return '<img src="' + encodeURI(src) + '" alt="' + escapeQuoted(alt) + '">';
}

function caption(text) {
  // Element content: `&`, `<` and `>` are what matter there.
  // ok: js/xss
  return `<figcaption class="caption">${escapeHtml(text)}</figcaption>`;
}

function link(href, label) {
  const url = /^https?:\/\//.test(href) ? href : '#';
  // ruleid: js/xss
  return `<a href="${escapeHtml(url)}" rel="nofollow">${escapeHtml(label)}</a>`;
}

// A class name reduced to word characters and `-` (the replacement removes `"` too).
function badge(prefix, label) {
  const cls = String(prefix).replace(/[^\w-]/g, '') || 'badge';
  // ok: js/xss
  return `<span class="${cls}__badge">${escapeHtml(label)}</span>`;
}

module.exports = { attributes, image, caption, link, badge };
