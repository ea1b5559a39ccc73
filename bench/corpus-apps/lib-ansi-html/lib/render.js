import { tokenize } from './tokenize.js';
import { BASIC, color256, clampByte } from './palette.js';

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

function applySgr(state, params) {
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (p === 0) {
      state.fg = state.bg = null;
      state.bold = state.italic = state.underline = false;
    } else if (p === 1) state.bold = true;
    else if (p === 3) state.italic = true;
    else if (p === 4) state.underline = true;
    else if (p === 22) state.bold = false;
    else if (p === 23) state.italic = false;
    else if (p === 24) state.underline = false;
    else if (p >= 30 && p <= 37) state.fg = BASIC[p - 30];
    else if (p >= 90 && p <= 97) state.fg = BASIC[p - 90 + 8];
    else if (p >= 40 && p <= 47) state.bg = BASIC[p - 40];
    else if (p >= 100 && p <= 107) state.bg = BASIC[p - 100 + 8];
    else if (p === 39) state.fg = null;
    else if (p === 49) state.bg = null;
    else if (p === 38 || p === 48) {
      let value = null;
      if (params[i + 1] === 5) {
        value = color256(clampByte(params[i + 2]));
        i += 2;
      } else if (params[i + 1] === 2) {
        value = [params[i + 2], params[i + 3], params[i + 4]].map(clampByte).join(',');
        i += 4;
      }
      if (p === 38) state.fg = value;
      else state.bg = value;
    }
  }
}

function styleOf(state) {
  const css = [];
  if (state.fg) css.push(`color:rgb(${state.fg})`);
  if (state.bg) css.push(`background-color:rgb(${state.bg})`);
  if (state.bold) css.push('font-weight:bold');
  if (state.italic) css.push('font-style:italic');
  if (state.underline) css.push('text-decoration:underline');
  return css.join(';');
}

function linkOpen(url, options) {
  const rel = options.linkRel ?? 'noopener noreferrer';
  return `<a href="${escapeHtml(url)}" target="_blank" rel="${escapeHtml(rel)}">`;
}

/**
 * Terminal output (with ANSI escapes) to HTML. Text is escaped; colours become inline styles;
 * OSC 8 hyperlinks (as printed by ls --hyperlink, gcc, cargo, npm and most CI tools) become <a>.
 */
export function toHtml(input, options = {}) {
  const state = { fg: null, bg: null, bold: false, italic: false, underline: false };
  let html = '';
  let inLink = false;

  for (const token of tokenize(String(input))) {
    if (token.type === 'sgr') {
      applySgr(state, token.params);
    } else if (token.type === 'link') {
      if (inLink) {
        html += '</a>';
        inLink = false;
      }
      if (token.url !== '' && options.links !== false) {
        html += linkOpen(token.url, options);
        inLink = true;
      }
    } else {
      const style = styleOf(state);
      const text = escapeHtml(token.text);
      html += style ? `<span style="${style}">${text}</span>` : text;
    }
  }
  if (inLink) html += '</a>';
  return html;
}

/** Plain text: every escape sequence removed. */
export function toText(input) {
  return tokenize(String(input))
    .filter((t) => t.type === 'text')
    .map((t) => t.text)
    .join('');
}
