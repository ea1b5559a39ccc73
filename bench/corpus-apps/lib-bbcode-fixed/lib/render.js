import { escapeHtml } from './escape.js';

const SIMPLE = { b: 'strong', i: 'em', u: 'u', s: 'del', code: 'code', quote: 'blockquote' };
const COLOR = /^(?:#[0-9a-f]{3}|#[0-9a-f]{6}|[a-z]{3,20})$/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The URL when it is relative or http(s)/mailto, otherwise null. */
function safeUrl(url) {
  if (/[\u0000-\u001f\u007f]/.test(url)) return null;
  const m = SCHEME.exec(url);
  return !m || ALLOWED_SCHEMES.has(m[1].toLowerCase()) ? url : null;
}

function textUntilClose(tokens, start, name) {
  let text = '';
  let i = start;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'close' && t.name === name) break;
    text += t.type === 'text' ? t.value : t.raw;
  }
  return { text: text.trim(), end: i };
}

function linkTag(href, o) {
  const target = o.targetBlank ? ' target="_blank"' : '';
  return `<a href="${escapeHtml(href)}" rel="${escapeHtml(o.linkRel)}"${target}>`;
}

/**
 * Renders tokens to HTML; unbalanced closing tags are printed back as text.
 * @param {import('./tokenize.js').Token[]} tokens
 * @param {import('../index.js').BBOptions} o
 * @returns {string}
 */
export function render(tokens, o) {
  let html = '';
  const stack = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'text') {
      const text = escapeHtml(t.value);
      html += o.breaks ? text.replace(/\r?\n/g, '<br>') : text;
    } else if (t.type === 'open' && SIMPLE[t.name]) {
      html += `<${SIMPLE[t.name]}>`;
      stack.push({ name: t.name, tag: SIMPLE[t.name] });
    } else if (t.type === 'open' && t.name === 'url') {
      const href = safeUrl(t.arg !== undefined ? t.arg.trim() : textUntilClose(tokens, i + 1, 'url').text);
      if (href === null) {
        html += escapeHtml(t.raw);
        continue;
      }
      html += linkTag(href, o);
      stack.push({ name: 'url', tag: 'a' });
    } else if (t.type === 'open' && t.name === 'img') {
      const { text, end } = textUntilClose(tokens, i + 1, 'img');
      const src = safeUrl(text);
      if (src === null) {
        html += escapeHtml(t.raw);
        continue;
      }
      html += `<img src="${escapeHtml(src)}" alt="" loading="lazy">`;
      i = end;
    } else if (t.type === 'open' && t.name === 'color' && COLOR.test(t.arg || '')) {
      html += `<span style="color:${t.arg}">`;
      stack.push({ name: 'color', tag: 'span' });
    } else if (t.type === 'close' && stack.length && stack[stack.length - 1].name === t.name) {
      html += `</${stack.pop().tag}>`;
    } else {
      html += escapeHtml(t.raw);
    }
  }
  while (stack.length) html += `</${stack.pop().tag}>`;
  return html;
}
