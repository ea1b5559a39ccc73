'use strict';

const { scan } = require('./scanner');

/**
 * Generates the body of the render function. Text is embedded with `JSON.stringify`; the
 * template's own code is trusted (templates are part of the application). `localsName` and
 * `printName` have been checked to be identifiers by the Template constructor.
 * @param {string} source
 * @param {{ delimiter: string, localsName: string, printName: string, rmWhitespace: boolean }} o
 * @returns {string}
 */
function generate(source, o) {
  const text = o.rmWhitespace ? source.replace(/^[ \t]+|[ \t]+$/gm, '') : source;
  const lines = [
    'var __out = "";',
    `var ${o.printName} = function () { __out += Array.prototype.join.call(arguments, ""); };`,
    `with (${o.localsName} || {}) {`,
  ];
  for (const token of scan(text, o.delimiter)) {
    if (token.type === 'text') lines.push(`__out += ${JSON.stringify(token.value)};`);
    else if (token.type === 'escaped') lines.push(`__out += __escape(${token.value});`);
    else if (token.type === 'raw') lines.push(`__out += __str(${token.value});`);
    else lines.push(token.value);
  }
  lines.push('}', 'return __out;');
  return lines.join('\n');
}

/**
 * Builds the render function `(locals, __escape, __str) => string`.
 * @param {string} source
 * @param {{ delimiter: string, localsName: string, printName: string, rmWhitespace: boolean, filename?: string }} o
 * @returns {Function}
 */
function compileToFunction(source, o) {
  const body = generate(source, o);
  try {
    // safe: CWE-94
    return new Function(o.localsName, '__escape', '__str', body);
  } catch (err) {
    err.message += ` while compiling ${o.filename || 'template'}`;
    throw err;
  }
}

module.exports = { generate, compileToFunction };
