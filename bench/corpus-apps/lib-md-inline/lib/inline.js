'use strict';

const { escapeText, escapeAttr } = require('./escape');
const { cleanUrl } = require('./url');

// one pass, linear: code spans, images, links, autolinks, strong, em
const TOKEN = /`([^`\n]+)`|!\[([^\]\n]*)\]\(([^)\s]+)\)|\[([^\]\n]+)\]\(([^)\s]+)\)|<(https?:\/\/[^>\s]+)>|\*\*([^*\n]+)\*\*|\*([^*\n]+)\*/g;

function linkTag(href, label, opts) {
  const url = cleanUrl(href, opts);
  if (url === null) return escapeText(label);
  const rel = [];
  if (opts.nofollow) rel.push('nofollow');
  if (opts.newTab) rel.push('noopener');
  const target = opts.newTab ? ' target="_blank"' : '';
  const relAttr = rel.length ? ` rel="${rel.join(' ')}"` : '';
  return `<a href="${escapeAttr(url)}"${target}${relAttr}>${escapeText(label)}</a>`;
}

function imageTag(src, alt, opts) {
  const url = cleanUrl(src, opts);
  if (url === null) return escapeText(alt);
  return `<img src="${escapeAttr(url)}" alt="${escapeAttr(alt)}" loading="lazy">`;
}

/** Converts one line of inline markdown to HTML. */
function renderLine(line, opts) {
  let out = '';
  let last = 0;
  TOKEN.lastIndex = 0;
  let m;
  while ((m = TOKEN.exec(line)) !== null) {
    out += escapeText(line.slice(last, m.index));
    if (m[1] !== undefined) out += `<code>${escapeText(m[1])}</code>`;
    else if (m[3] !== undefined) out += imageTag(m[3], m[2], opts);
    else if (m[5] !== undefined) out += linkTag(m[5], m[4], opts);
    else if (m[6] !== undefined) out += linkTag(m[6], m[6], opts);
    else if (m[7] !== undefined) out += `<strong>${escapeText(m[7])}</strong>`;
    else out += `<em>${escapeText(m[8])}</em>`;
    last = TOKEN.lastIndex;
  }
  return out + escapeText(line.slice(last));
}

/** Plain text of a line: markup removed, link labels kept. */
function stripLine(line) {
  return line.replace(TOKEN, (all, code, alt, src, label, href, auto, strong, em) =>
    code || alt || label || auto || strong || em || '');
}

module.exports = { renderLine, stripLine };
