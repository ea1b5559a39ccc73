'use strict';

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and quoted attribute values.
 * @param {unknown} value
 * @returns {string}
 */
function escapeXML(value) {
  return value === undefined || value === null ? '' : String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const RESERVED = new Set(['this', 'arguments', 'eval', 'function', 'return', 'var', 'let', 'const', 'new', 'delete', 'typeof', 'void', 'in', 'instanceof', 'with', 'yield', 'await']);

/** True for a plain JavaScript identifier that is not a reserved word. */
function isIdentifier(name) {
  return typeof name === 'string' && IDENTIFIER.test(name) && !RESERVED.has(name);
}

/** Escapes a delimiter character for use inside a RegExp. */
function escapeRegExpChars(text) {
  return String(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiled templates by file name (`cache: true`). */
const cache = new Map();

module.exports = { escapeXML, isIdentifier, escapeRegExpChars, cache };
