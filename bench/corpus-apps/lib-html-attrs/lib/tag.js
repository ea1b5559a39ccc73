'use strict';

const { escapeHtml } = require('./escape');
const { renderAttrs } = require('./attrs');

const TAG_NAME = /^[a-z][a-z0-9-]*$/i;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'iframe', 'noscript', 'xmp', 'textarea', 'title']);

/**
 * Marks a string as already-safe HTML for {@link tag} children.
 * @param {string} html
 */
function raw(html) {
  return { __html: String(html) };
}

function renderChild(child) {
  if (child === null || child === undefined || child === false) return '';
  if (Array.isArray(child)) return child.map(renderChild).join('');
  if (typeof child === 'object' && typeof child.__html === 'string') return child.__html;
  // safe: CWE-79
  return escapeHtml(child);
}

/**
 * `tag('a', { href: '/x', class: 'btn' }, 'Go')` → `<a href="/x" class="btn">Go</a>`.
 * Text children are escaped; use {@link raw} for markup produced by this module.
 * @param {string} name
 * @param {Record<string, unknown>} [attrs]
 * @param {...unknown} children
 * @returns {string}
 */
function tag(name, attrs, ...children) {
  if (!TAG_NAME.test(name) || RAW_TEXT.has(name.toLowerCase())) {
    throw new TypeError(`unsupported tag name ${JSON.stringify(name)}`);
  }
  const open = `<${name}${renderAttrs(attrs)}>`;
  if (VOID.has(name.toLowerCase())) return open;
  return `${open}${children.map(renderChild).join('')}</${name}>`;
}

exports.raw = raw;
exports.tag = tag;
