'use strict';

const { compileToFunction } = require('./compiler');
const { escapeXML, isIdentifier } = require('./utils');

/**
 * @typedef {object} TemplateOptions
 * @property {string}   [delimiter='%']      character used in `<% %>`
 * @property {string}   [localsName='locals'] name of the data object inside the template
 * @property {string}   [printName='print']   name of the output helper (`<% print(a, b) %>`)
 * @property {boolean}  [rmWhitespace=false]  strip leading / trailing blanks of every line
 * @property {(value: unknown) => string} [escape] escaping for `<%= %>` (HTML by default)
 * @property {string}   [filename]            used in error messages and as the cache key
 * @property {boolean}  [cache=false]
 */

const DEFAULTS = {
  delimiter: '%',
  localsName: 'locals',
  printName: 'print',
  rmWhitespace: false,
  escape: escapeXML,
};

class Template {
  /**
   * @param {string} source
   * @param {TemplateOptions} [options]
   */
  constructor(source, options = {}) {
    const o = { ...DEFAULTS, ...options };
    if (typeof o.delimiter !== 'string' || o.delimiter.length !== 1) {
      throw new TypeError('delimiter must be a single character');
    }
    for (const name of ['localsName', 'printName']) {
      if (!isIdentifier(o[name])) {
        throw new TypeError(`${name} must be an identifier, got ${JSON.stringify(o[name])}`);
      }
    }
    if (typeof o.escape !== 'function') throw new TypeError('escape must be a function');
    this.options = o;
    this.fn = compileToFunction(String(source), o);
  }

  /**
   * @param {object} [data]
   * @returns {string}
   */
  render(data = {}) {
    const str = (value) => (value === undefined || value === null ? '' : String(value));
    return this.fn.call(undefined, data, this.options.escape, str);
  }
}

module.exports = Template;
