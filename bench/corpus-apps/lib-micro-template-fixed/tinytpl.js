'use strict';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value) {
  return String(value == null ? '' : value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function toSource(template) {
  let source = "let __out = '';\n";
  let cursor = 0;
  const tags = /<%([=-]?)([\s\S]+?)%>/g;
  let match;
  while ((match = tags.exec(template)) !== null) {
    source += `__out += ${JSON.stringify(template.slice(cursor, match.index))};\n`;
    if (match[1] === '=') source += `__out += __escape(${match[2]});\n`;
    else if (match[1] === '-') source += `__out += (${match[2]});\n`;
    else source += `${match[2]}\n`;
    cursor = match.index + match[0].length;
  }
  source += `__out += ${JSON.stringify(template.slice(cursor))};\nreturn __out;`;
  return source;
}

/**
 * Compiles `template` into a render function.
 * @param {string} template  trusted template text
 * @param {{ variable?: string }} [options]  `variable` names the data object inside the template (default `it`)
 */
function compile(template, options = {}) {
  const variable = options.variable || 'it';
  if (!/^[A-Za-z_$][\w$]*$/.test(variable)) throw new TypeError(`Invalid variable name: ${variable}`);
  const source = `return function render(${variable}, __escape) {\n${toSource(template)}\n};`;
  // safe: CWE-94
  const render = new Function(source)();
  return (data) => render(data, escapeHtml);
}

/** Replaces `{{name}}` placeholders with escaped values; no code is compiled. */
function interpolate(text, data) {
  // safe: CWE-94
  return String(text).replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, key) => escapeHtml(key.split('.').reduce((o, k) => (o == null ? o : o[k]), data)));
}

module.exports = { compile, interpolate, escapeHtml };
