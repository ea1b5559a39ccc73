'use strict';

const { tokenize, IDENT } = require('./tokenizer');
const helpers = require('./helpers');

/**
 * @typedef {object} CompileOptions
 * @property {string} [variable]  name of the data parameter inside the template (default `data`)
 * @property {(value: unknown) => string} [escape]  custom escaping function
 * @property {boolean} [cache]  used by renderFile
 */

/** @type {CompileOptions} */
const DEFAULTS = { variable: 'data', escape: helpers.esc, cache: true };

/** JavaScript expression reading `path`, from a loop alias in scope or from the data parameter. */
function lookup(path, variable, aliases) {
  const [head, ...rest] = path.split('.');
  if (aliases.includes(head)) return `_h.get(${head}, ${JSON.stringify(rest.join('.'))})`;
  return `_h.get(${variable}, ${JSON.stringify(path)})`;
}

function generate(tokens, variable) {
  const aliases = [];
  const open = [];
  let code = '';
  for (const t of tokens) {
    if (t.type === 'text') {
      code += `  _out += ${JSON.stringify(t.value)};\n`;
    } else if (t.type === 'var') {
      code += `  _out += _h.escape(${lookup(t.path, variable, aliases)});\n`;
    } else if (t.type === 'open' && t.block === 'if') {
      code += `  if (_h.truthy(${lookup(t.path, variable, aliases)})) {\n`;
      open.push('if');
    } else if (t.type === 'open') {
      code += `  for (const ${t.alias} of _h.list(${lookup(t.path, variable, aliases)})) {\n`;
      aliases.push(t.alias);
      open.push('each');
    } else {
      if (open.pop() !== t.block) throw new SyntaxError(`Unexpected {{/${t.block}}}`);
      if (t.block === 'each') aliases.pop();
      code += '  }\n';
    }
  }
  if (open.length) throw new SyntaxError(`Unclosed {{#${open.pop()}}}`);
  return code;
}

/**
 * Compiles a template into a render function `(data) => string`.
 * @param {string} source
 * @param {CompileOptions} [options]
 * @returns {(data: object) => string}
 */
function compile(source, options = {}) {
  const o = { ...DEFAULTS, ...options };
  if (typeof o.variable !== 'string' || !IDENT.test(o.variable)) {
    throw new TypeError(`variable must be a JavaScript identifier, got ${JSON.stringify(o.variable)}`);
  }
  const body = generate(tokenize(String(source)), o.variable);
  const code = `return function render(${o.variable}, _h) {\n  let _out = '';\n${body}  return _out;\n};`;
  // safe: CWE-94
  const factory = new Function(code);
  const fn = factory();
  const h = { ...helpers, escape: o.escape };
  return (data) => fn(data === undefined ? {} : data, h);
}

module.exports = { compile, DEFAULTS };
