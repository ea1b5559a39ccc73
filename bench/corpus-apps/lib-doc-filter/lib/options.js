'use strict';

const { operations } = require('./operations');

function defaultCompare(a, b) {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/**
 * Merges caller options over the defaults. Custom operators must be functions and must be named
 * `$something`; they are copied onto a fresh table so the built-in table is never modified.
 */
function normalizeOptions(options = {}) {
  const table = Object.create(null);
  for (const name of Object.keys(operations)) table[name] = operations[name];
  if (options.operations) {
    for (const name of Object.keys(options.operations)) {
      if (!/^\$[A-Za-z]\w*$/.test(name)) throw new TypeError(`operator names start with $: ${name}`);
      if (typeof options.operations[name] !== 'function') throw new TypeError(`operator ${name} is not a function`);
      table[name] = options.operations[name];
    }
  }
  return {
    operations: table,
    compare: typeof options.compare === 'function' ? options.compare : defaultCompare,
  };
}

module.exports = { normalizeOptions, defaultCompare };
