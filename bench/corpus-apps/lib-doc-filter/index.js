'use strict';

const { normalizeOptions } = require('./lib/options');
const { compileQuery } = require('./lib/compile');
const { escapeRegExp } = require('./lib/util');

/**
 * Compiles a MongoDB-style query into a predicate for `Array.prototype.filter`.
 *
 *   const adults = people.filter(createFilter({ age: { $gte: 18 }, tags: { $in: ['staff'] } }));
 *
 * @param {object} query
 * @param {object} [options]  { operations, compare }
 */
function createFilter(query, options) {
  const opts = normalizeOptions(options);
  const test = compileQuery(query || {}, opts);
  return (doc) => test(doc);
}

function filter(list, query, options) {
  return list.filter(createFilter(query, options));
}

function findOne(list, query, options) {
  return list.find(createFilter(query, options));
}

module.exports = createFilter;
module.exports.createFilter = createFilter;
module.exports.filter = filter;
module.exports.findOne = findOne;
module.exports.escapeRegExp = escapeRegExp;
module.exports.default = createFilter;
