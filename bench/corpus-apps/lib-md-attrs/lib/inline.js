'use strict';

const { escapeHtml, safeUrl } = require('./escape');
const { parseAttributeList, applyAttributes, renderAttributes } = require('./attrs');

const ESCAPABLE = '\\`*_{}[]()#+-.!<>';

/** `[text](url "title"){attrs}` starting at `start` (the `[`); returns null when it is not a link. */
function parseLink(text, start) {
  let depth = 0;
  let close = -1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '\\') { i++; continue; }
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) { close = i; break; }
  }
  if (close === -1 || text[close + 1] !== '(') return null;
  const end = text.indexOf(')', close + 2);
  if (end === -1) return null;
  const target = text.slice(close + 2, end).trim();
  let url = target;
  let title = null;
  const space = target.indexOf(' ');
  if (space !== -1) {
    url = target.slice(0, space);
    const rest = target.slice(space + 1).trim();
    if (rest.length >= 2 && (rest[0] === '"' || rest[0] === "'") && rest[rest.length - 1] === rest[0]) title = rest.slice(1, -1);
  }
  let next = end + 1;
  let attrs = null;
  if (text[next] === '{') {
    const attrEnd = text.indexOf('}', next + 1);
    if (attrEnd !== -1) {
      attrs = text.slice(next + 1, attrEnd);
      next = attrEnd + 1;
    }
  }
  return { label: text.slice(start + 1, close), url: url.replace(/^<|>$/g, ''), title, attrs, end: next };
}

function renderLink(link, image, options, depth) {
  const attrs = new Map();
  if (image) {
    attrs.set('src', safeUrl(link.url));
    attrs.set('alt', link.label);
  } else {
    attrs.set('href', safeUrl(link.url));
  }
  if (link.title !== null) attrs.set('title', link.title);
  if (link.attrs) applyAttributes(attrs, parseAttributeList(link.attrs), options);
  if (!image && options.linkTarget) {
    attrs.set('target', options.linkTarget);
    attrs.set('rel', 'noopener noreferrer');
  }
  if (image) return `<img${renderAttributes(attrs)}>`;
  return `<a${renderAttributes(attrs)}>${renderInline(link.label, options, depth + 1)}</a>`;
}

function renderInline(text, options, depth = 0) {
  if (depth > options.maxNesting) return escapeHtml(text);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length && ESCAPABLE.includes(text[i + 1])) {
      out += escapeHtml(text[i + 1]);
      i += 2;
      continue;
    }
    if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      if (end !== -1) {
        out += `<code>${escapeHtml(text.slice(i + 1, end))}</code>`;
        i = end + 1;
        continue;
      }
    }
    if ((ch === '*' || ch === '_') && text[i + 1] === ch) {
      const end = text.indexOf(ch + ch, i + 2);
      if (end > i + 2) {
        out += `<strong>${renderInline(text.slice(i + 2, end), options, depth + 1)}</strong>`;
        i = end + 2;
        continue;
      }
    }
    if (ch === '*' || ch === '_') {
      const end = text.indexOf(ch, i + 1);
      if (end > i + 1) {
        out += `<em>${renderInline(text.slice(i + 1, end), options, depth + 1)}</em>`;
        i = end + 1;
        continue;
      }
    }
    if (ch === '[' || (ch === '!' && text[i + 1] === '[')) {
      const image = ch === '!';
      const link = parseLink(text, image ? i + 1 : i);
      if (link) {
        out += renderLink(link, image, options, depth);
        i = link.end;
        continue;
      }
    }
    out += escapeHtml(ch);
    i++;
  }
  return out;
}

module.exports = { renderInline, parseLink };
