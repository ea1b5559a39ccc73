'use strict';

const { TemplateError } = require('./errors');

/**
 * Splits template source into text runs and mustache tags.
 * Tag kinds: escaped `{{x}}`, raw `{{{x}}}` / `{{& x}}`, block open `{{#x}}`,
 * inverse open `{{^x}}`, close `{{/x}}`, `{{else}}`, partial `{{> x}}`, comment `{{! x}}`.
 */
function tokenize(source) {
  if (typeof source !== 'string') {
    throw new TemplateError('Template source must be a string');
  }
  const tokens = [];
  let pos = 0;
  while (pos < source.length) {
    const start = source.indexOf('{{', pos);
    if (start === -1) {
      tokens.push({ type: 'text', value: source.slice(pos) });
      break;
    }
    if (start > pos) tokens.push({ type: 'text', value: source.slice(pos, start) });

    const triple = source.startsWith('{{{', start);
    const openLen = triple ? 3 : 2;
    const closer = triple ? '}}}' : '}}';
    let innerStart = start + openLen;
    // `{{!-- … --}}` comments may contain `}}`
    if (!triple && source.startsWith('!--', innerStart)) {
      const end = source.indexOf('--}}', innerStart + 3);
      if (end === -1) throw new TemplateError('Unclosed comment', start);
      pos = end + 4;
      continue;
    }
    const end = source.indexOf(closer, innerStart);
    if (end === -1) throw new TemplateError('Unclosed mustache', start);
    let inner = source.slice(innerStart, end);
    let stripLeft = false;
    let stripRight = false;
    if (inner.startsWith('~')) { stripLeft = true; inner = inner.slice(1); }
    if (inner.endsWith('~')) { stripRight = true; inner = inner.slice(0, -1); }
    const token = classify(inner.trim(), triple, start);
    token.stripLeft = stripLeft;
    token.stripRight = stripRight;
    tokens.push(token);
    pos = end + closer.length;
  }
  return applyWhitespaceControl(tokens);
}

function classify(inner, triple, offset) {
  if (triple) return { type: 'raw', expr: inner, offset };
  const sigil = inner.charAt(0);
  switch (sigil) {
    case '!':
      return { type: 'comment', offset };
    case '#':
      return { type: 'open', expr: inner.slice(1).trim(), offset };
    case '^':
      return { type: 'inverse', expr: inner.slice(1).trim(), offset };
    case '/':
      return { type: 'close', name: inner.slice(1).trim(), offset };
    case '>':
      return { type: 'partial', expr: inner.slice(1).trim(), offset };
    case '&':
      return { type: 'raw', expr: inner.slice(1).trim(), offset };
    default:
      if (inner === 'else') return { type: 'else', offset };
      if (inner === '') throw new TemplateError('Empty mustache', offset);
      return { type: 'escaped', expr: inner, offset };
  }
}

function applyWhitespaceControl(tokens) {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'text') continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (token.stripLeft && prev && prev.type === 'text') prev.value = prev.value.trimEnd();
    if (token.stripRight && next && next.type === 'text') next.value = next.value.trimStart();
  }
  return tokens.filter((t) => t.type !== 'comment' && !(t.type === 'text' && t.value === ''));
}

module.exports = { tokenize };
