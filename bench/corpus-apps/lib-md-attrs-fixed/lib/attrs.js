'use strict';

const { escapeHtml } = require('./escape');

const NAME = /^[A-Za-z_:][\w:.-]*$/;
const ID = /^[A-Za-z][\w-]*$/;
const CLASS = /^-?[A-Za-z_][\w-]*$/;
// key=value pairs that may reach the element: presentation and data attributes only
const ALLOWED_ATTRIBUTES = new Set(['id', 'title', 'lang', 'dir', 'width', 'height', 'align', 'start', 'reversed', 'loading', 'colspan', 'rowspan', 'hreflang']);
const DATA_ATTRIBUTE = /^data-[a-z0-9][a-z0-9-]*$/;

function isAllowedAttribute(name) {
  return ALLOWED_ATTRIBUTES.has(name) || DATA_ATTRIBUTE.test(name);
}

/**
 * Parses the inside of an attribute list: `#id`, `.class`, `key=value`, `key="quoted value"`.
 * Returns [name, value] pairs in source order; classes are merged later.
 */
function parseAttributeList(text) {
  const pairs = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t') { i++; continue; }
    let j = i;
    while (j < text.length && text[j] !== ' ' && text[j] !== '\t' && text[j] !== '=') j++;
    const word = text.slice(i, j);
    i = j;
    if (word.charAt(0) === '#') {
      if (ID.test(word.slice(1))) pairs.push(['id', word.slice(1)]);
      continue;
    }
    if (word.charAt(0) === '.') {
      if (CLASS.test(word.slice(1))) pairs.push(['class', word.slice(1)]);
      continue;
    }
    if (text[i] !== '=') {
      if (NAME.test(word)) pairs.push([word, '']);
      continue;
    }
    i++;
    let value;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, i + 1);
      value = end === -1 ? text.slice(i + 1) : text.slice(i + 1, end);
      i = end === -1 ? text.length : end + 1;
    } else {
      let k = i;
      while (k < text.length && text[k] !== ' ' && text[k] !== '\t') k++;
      value = text.slice(i, k);
      i = k;
    }
    if (NAME.test(word)) pairs.push([word.toLowerCase(), value]);
  }
  return pairs;
}

/**
 * Splits a trailing `{…}` attribute list off a line: `Title {#intro}` → ['Title', '#intro'].
 * Scans from the end (no regex) so long lines stay linear.
 */
function splitTrailing(line) {
  const trimmed = line.trimEnd();
  if (!trimmed.endsWith('}')) return [line, null];
  const open = trimmed.lastIndexOf('{');
  if (open === -1) return [line, null];
  const inner = trimmed.slice(open + 1, -1);
  if (inner.includes('}') || inner.trim() === '') return [line, null];
  return [trimmed.slice(0, open).trimEnd(), inner];
}

/** Merges parsed pairs into an element's attribute map (classes accumulate, the rest overwrite). */
function applyAttributes(target, pairs, options) {
  for (const [name, value] of pairs) {
    if (name === 'class') {
      target.set('class', target.has('class') ? `${target.get('class')} ${value}` : value);
      continue;
    }
    if (!options.attributes) continue;
    // safe: CWE-79
    if (!isAllowedAttribute(name)) continue;
    target.set(name, value);
  }
  return target;
}

function renderAttributes(map) {
  let out = '';
  for (const [name, value] of map) {
    out += value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
  }
  return out;
}

module.exports = { parseAttributeList, splitTrailing, applyAttributes, renderAttributes, isAllowedAttribute };
