'use strict';

const { escapeHtml } = require('./escape');
const { parseAttributeList, splitTrailing, applyAttributes, renderAttributes } = require('./attrs');
const { renderInline } = require('./inline');

const LANG = /^[\w+#.-]{1,32}$/;
const ORDERED = /^(\d{1,9})[.)][ \t]+/;
const BULLET = /^[*+-][ \t]+/;

function isFence(line) {
  return line.startsWith('```') || line.startsWith('~~~');
}

function isRule(line) {
  const compact = line.replace(/[ \t]/g, '');
  return compact.length >= 3 && /^(?:-+|\*+|_+)$/.test(compact);
}

function headingLevel(line) {
  let level = 0;
  while (level < line.length && line[level] === '#') level++;
  if (level === 0 || level > 6) return 0;
  const next = line[level];
  return next === undefined || next === ' ' || next === '\t' ? level : 0;
}

function slugify(text, prefix) {
  const slug = text
    .toLowerCase()
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .slice(0, 64);
  return slug ? prefix + slug : '';
}

/** Parses lines into blocks `{ tag, attrs: Map, html }`; a lone `{…}` line decorates the block above it. */
function parseBlocks(lines, options, depth) {
  const blocks = [];
  let i = 0;
  const usedIds = new Set();

  while (i < lines.length) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed === '') { i++; continue; }

    if (trimmed.startsWith('{') && trimmed.endsWith('}') && blocks.length && !trimmed.slice(1, -1).includes('}')) {
      applyAttributes(blocks[blocks.length - 1].attrs, parseAttributeList(trimmed.slice(1, -1)), options);
      i++;
      continue;
    }

    if (isFence(trimmed)) {
      const marker = trimmed.slice(0, 3);
      const [info, attrText] = splitTrailing(trimmed.slice(3));
      const attrs = new Map();
      const lang = info.trim().split(/[ \t]/)[0];
      if (lang && LANG.test(lang)) attrs.set('class', `language-${lang}`);
      if (attrText) applyAttributes(attrs, parseAttributeList(attrText), options);
      const body = [];
      i++;
      while (i < lines.length && !lines[i].trim().startsWith(marker)) body.push(lines[i++]);
      i++;
      blocks.push({ tag: 'pre', attrs, html: `<code>${escapeHtml(body.join('\n'))}</code>` });
      continue;
    }

    const level = headingLevel(trimmed);
    if (level) {
      const [text, attrText] = splitTrailing(trimmed.slice(level).trim());
      const attrs = new Map();
      if (attrText) applyAttributes(attrs, parseAttributeList(attrText), options);
      if (!attrs.has('id') && options.headingIds) {
        let id = slugify(text, options.headingIdPrefix);
        if (id) {
          let n = 1;
          while (usedIds.has(id)) id = `${slugify(text, options.headingIdPrefix)}-${n++}`;
          usedIds.add(id);
          attrs.set('id', id);
        }
      }
      blocks.push({ tag: `h${level}`, attrs, html: renderInline(text, options, depth) });
      i++;
      continue;
    }

    if (isRule(trimmed)) {
      blocks.push({ tag: 'hr', attrs: new Map(), html: null });
      i++;
      continue;
    }

    if (trimmed.startsWith('>')) {
      const inner = [];
      while (i < lines.length && lines[i].trim().startsWith('>')) {
        inner.push(lines[i].trim().slice(1).replace(/^ /, ''));
        i++;
      }
      const html = depth < options.maxNesting ? renderBlocks(inner, options, depth + 1) : escapeHtml(inner.join('\n'));
      blocks.push({ tag: 'blockquote', attrs: new Map(), html });
      continue;
    }

    if (BULLET.test(trimmed) || ORDERED.test(trimmed)) {
      const ordered = ORDERED.test(trimmed);
      const marker = ordered ? ORDERED : BULLET;
      const attrs = new Map();
      const first = ordered ? Number(ORDERED.exec(trimmed)[1]) : 1;
      if (ordered && first !== 1) attrs.set('start', String(first));
      const items = [];
      while (i < lines.length && marker.test(lines[i].trim())) {
        items.push(`<li>${renderInline(lines[i].trim().replace(marker, ''), options, depth)}</li>`);
        i++;
      }
      blocks.push({ tag: ordered ? 'ol' : 'ul', attrs, html: items.join('') });
      continue;
    }

    const para = [];
    while (i < lines.length && lines[i].trim() !== '' && !isFence(lines[i].trim()) && !headingLevel(lines[i].trim())) {
      const current = lines[i].trim();
      if (para.length && current.startsWith('{') && current.endsWith('}')) break;
      para.push(current);
      i++;
    }
    blocks.push({ tag: 'p', attrs: new Map(), html: renderInline(para.join('\n'), options, depth) });
  }
  return blocks;
}

function renderBlocks(lines, options, depth = 0) {
  return parseBlocks(lines, options, depth)
    .map((block) => {
      const open = `<${block.tag}${renderAttributes(block.attrs)}>`;
      return block.html === null ? open : `${open}${block.html}</${block.tag}>`;
    })
    .join('\n');
}

module.exports = { renderBlocks, slugify };
