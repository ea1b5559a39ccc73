'use strict';

const { escapeHtml } = require('./escape');

/** Valid attribute names (no spaces, quotes, `=`, `/` or `>`). */
const ATTR_NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*$/;

/**
 * `classNames('btn', { active: true, hidden: false }, ['lg'])` → `'btn active lg'`.
 * @param {...(string|Record<string, boolean>|Array<string>|null|undefined|false)} args
 * @returns {string}
 */
function classNames(...args) {
  const out = [];
  for (const arg of args) {
    if (!arg) continue;
    if (typeof arg === 'string') out.push(arg);
    else if (Array.isArray(arg)) out.push(classNames(...arg));
    else if (typeof arg === 'object') {
      for (const key of Object.keys(arg)) if (arg[key]) out.push(key);
    }
  }
  return out.filter(Boolean).join(' ');
}

/** `{ color: 'red', fontSize: '12px' }` → `color:red;font-size:12px`. */
function styleString(style) {
  return Object.keys(style)
    .filter((key) => style[key] !== null && style[key] !== undefined && style[key] !== '')
    .map((key) => `${key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}:${style[key]}`)
    .join(';');
}

/**
 * Renders an attribute object as HTML: `{ href: url, class: ['a', 'b'], disabled: true }` →
 * ` href="…" class="a b" disabled`. `null`, `undefined` and `false` values are left out, `true`
 * renders the bare name, arrays are joined with spaces (and `class` goes through
 * {@link classNames}), `style` may be an object. Event-handler attributes (`on*`) and invalid
 * names are dropped.
 * @param {Record<string, unknown>} attrs
 * @returns {string} the attributes with a leading space, or `''`
 */
function renderAttrs(attrs = {}) {
  const parts = [];
  for (const name of Object.keys(attrs)) {
    const value = attrs[name];
    if (value === null || value === undefined || value === false) continue;
    if (!ATTR_NAME.test(name) || /^on/i.test(name)) continue;
    if (value === true) {
      parts.push(name);
      continue;
    }
    let text;
    if (name === 'class') text = classNames(value);
    else if (name === 'style' && typeof value === 'object') text = styleString(value);
    else text = Array.isArray(value) ? value.join(' ') : String(value);
    // safe: CWE-79
    parts.push(`${name}="${escapeHtml(text)}"`);
  }
  return parts.length ? ' ' + parts.join(' ') : '';
}

exports.classNames = classNames;
exports.renderAttrs = renderAttrs;
