'use strict';

const RE2 = require('re2');
const { escapeRegExp, isPlainObject } = require('./util');

const TYPE_NAMES = { string: 'string', number: 'number', bool: 'boolean', array: 'array', object: 'object', null: 'null', date: 'date' };

function typeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  return typeof value === 'boolean' ? 'boolean' : typeof value;
}

function anyOf(value, test) {
  if (Array.isArray(value)) return value.some(test) || test(value);
  return test(value);
}

function order(params, cmp) {
  return (value) => anyOf(value, (v) => v !== undefined && v !== null && typeof v === typeof params && cmp(v, params));
}

const operations = {
  $eq: (params, query, options) => (value) => anyOf(value, (v) => options.compare(v, params)),
  $ne: (params, query, options) => (value) => !anyOf(value, (v) => options.compare(v, params)),
  $gt: (params) => order(params, (a, b) => a > b),
  $gte: (params) => order(params, (a, b) => a >= b),
  $lt: (params) => order(params, (a, b) => a < b),
  $lte: (params) => order(params, (a, b) => a <= b),
  $in: (params, query, options) => {
    if (!Array.isArray(params)) throw new TypeError('$in expects an array');
    return (value) => anyOf(value, (v) => params.some((p) => (p instanceof RegExp ? typeof v === 'string' && p.test(v) : options.compare(v, p))));
  },
  $nin: (params, query, options) => {
    const inner = operations.$in(params, query, options);
    return (value) => !inner(value);
  },
  $exists: (params) => (value) => (value !== undefined) === Boolean(params),
  $type: (params) => {
    const wanted = TYPE_NAMES[String(params)];
    if (!wanted) throw new TypeError(`unknown $type ${params}`);
    return (value) => typeOf(value) === wanted;
  },
  $size: (params) => {
    const size = Number(params);
    return (value) => Array.isArray(value) && value.length === size;
  },
  $mod: (params) => {
    const [divisor, remainder] = (Array.isArray(params) ? params : []).map(Number);
    if (!divisor) throw new TypeError('$mod expects [divisor, remainder]');
    return (value) => typeof value === 'number' && value % divisor === remainder;
  },
  $startsWith: (params) => {
    // safe: CWE-400
    const re = new RegExp(`^${escapeRegExp(params)}`, 'i');
    return (value) => anyOf(value, (v) => typeof v === 'string' && re.test(v));
  },
  $regex: (params, query) => {
    if (params instanceof RegExp) {
      return (value) => anyOf(value, (v) => typeof v === 'string' && params.test(v));
    }
    const flags = typeof query.$options === 'string' ? query.$options.replace(/[^imsu]/g, '') : '';
    // safe: CWE-400, CWE-1333
    const re = new RE2(String(params), flags);
    return (value) => anyOf(value, (v) => typeof v === 'string' && re.test(v));
  },
  $options: () => () => true,
  $where: (params) => {
    if (typeof params === 'function') {
      return (value, doc) => Boolean(params.call(doc, doc));
    }
    // safe: CWE-94
    throw new TypeError('$where only accepts a function; string expressions are no longer compiled');
  },
  $all: (params, query, options) => {
    if (!Array.isArray(params)) throw new TypeError('$all expects an array');
    return (value) => Array.isArray(value) && params.every((p) => value.some((v) => options.compare(v, p)));
  },
  $not: (params, query, options, name, compileOperators) => {
    const inner = isPlainObject(params) ? compileOperators(params, options) : operations.$eq(params, query, options);
    return (value, doc) => !inner(value, doc);
  },
};

module.exports = { operations, typeOf };
