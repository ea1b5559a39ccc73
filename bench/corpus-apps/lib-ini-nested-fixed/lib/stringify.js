'use strict';

const { safeQuote } = require('./value');

/**
 * @typedef {object} StringifyOptions
 * @property {string}  [section]        wrap top-level keys in this section
 * @property {string}  [delimiter='.']
 * @property {boolean} [whitespace=true] `key = value` instead of `key=value`
 */

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * @param {Record<string, any>} object
 * @param {StringifyOptions} [options]
 * @returns {string}
 */
function stringify(object, options = {}) {
  const delimiter = options.delimiter || '.';
  const eq = options.whitespace === false ? '=' : ' = ';
  const lines = [];
  const children = [];

  if (options.section) lines.push(`[${options.section}]`);
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (isPlainObject(value)) {
      children.push(key);
    } else if (Array.isArray(value)) {
      for (const item of value) lines.push(`${safeQuote(key)}[]${eq}${safeQuote(item)}`);
    } else if (value !== undefined && typeof value !== 'function') {
      lines.push(`${safeQuote(key)}${eq}${safeQuote(value)}`);
    }
  }

  let text = lines.join('\n');
  for (const key of children) {
    const name = options.section ? options.section + delimiter + key : key;
    const child = stringify(object[key], { ...options, section: name });
    text += (text ? '\n\n' : '') + child;
  }
  return text;
}

module.exports = { stringify };
