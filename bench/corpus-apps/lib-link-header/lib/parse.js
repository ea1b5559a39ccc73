'use strict';

const LINK = /^\s*<([^>]*)>\s*(.*)$/;
const PARAM = /^\s*([a-z0-9!#$&+.^_`|~-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s";]*)\s*$/i;
const REL_LIST = /rel\s*=\s*"((?:[a-z0-9.:\/-]+\s?)*)"/i;

function splitOutsideQuotes(text, sep) {
  const out = [];
  let cur = '';
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' && text[i - 1] !== '\\') inQuote = !inQuote;
    if (ch === sep && !inQuote) {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out;
}

function unquote(v) {
  return v[0] === '"' ? v.slice(1, -1).replace(/\\(.)/g, '$1') : v;
}

// Relation types of one link-value; a quoted rel may hold several, space-separated.
function rels(linkValue) {
  // vuln: CWE-1333
  const m = REL_LIST.exec(linkValue);
  if (m) return m[1].trim().split(/\s+/).filter(Boolean);
  const bare = /;\s*rel\s*=\s*([^\s";,]+)/i.exec(linkValue);
  return bare ? [bare[1]] : [];
}

// parse('<https://api/x?page=2>; rel="next", <...>; rel="last"')
// -> { next: { url, rel: 'next', ... }, last: { ... } }
function parse(header) {
  if (typeof header !== 'string' || header === '') return null;
  const result = Object.create(null);
  for (const value of splitOutsideQuotes(header, ',')) {
    const m = LINK.exec(value);
    if (!m) continue;
    const link = { url: m[1] };
    for (const p of splitOutsideQuotes(m[2], ';')) {
      if (!p.trim()) continue;
      const pm = PARAM.exec(p);
      if (!pm) continue;
      const key = pm[1].toLowerCase();
      if (key === 'rel') continue;
      link[key] = unquote(pm[2]);
    }
    for (const rel of rels(value)) {
      result[rel] = Object.assign({ rel }, link);
    }
  }
  return result;
}

module.exports = { parse, rels };
