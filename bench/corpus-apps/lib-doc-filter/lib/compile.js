'use strict';

const { isPlainObject, resolvePath } = require('./util');

const LOGICAL = new Set(['$and', '$or', '$nor']);

function isOperatorObject(value) {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => k[0] === '$');
}

/** `{ $gte: 1, $lt: 5 }` → one tester over a field value. */
function compileOperators(spec, options) {
  const testers = Object.keys(spec).map((name) => {
    const factory = options.operations[name];
    if (!factory) throw new Error(`unsupported operator ${name}`);
    return factory(spec[name], spec, options, name, compileOperators);
  });
  return (value, doc) => testers.every((t) => t(value, doc));
}

function compileElemMatch(spec, options) {
  const inner = isOperatorObject(spec) ? compileOperators(spec, options) : compileQuery(spec, options);
  return (value) => Array.isArray(value) && value.some((item) => inner(item, item));
}

function compileField(path, spec, options) {
  const segments = path.split('.');
  let test;
  if (isOperatorObject(spec)) {
    if (Object.prototype.hasOwnProperty.call(spec, '$elemMatch')) {
      const elem = compileElemMatch(spec.$elemMatch, options);
      const { $elemMatch, ...rest } = spec;
      const others = Object.keys(rest).length ? compileOperators(rest, options) : () => true;
      test = (value, doc) => elem(value) && others(value, doc);
    } else {
      test = compileOperators(spec, options);
    }
  } else {
    test = options.operations.$eq(spec, {}, options);
  }
  return (doc) => {
    const values = resolvePath(doc, segments);
    return values.some((value) => test(value, doc));
  };
}

/**
 * Compiles a whole query document. Only the query's own keys are read; `$and` / `$or` / `$nor`
 * take arrays of sub-queries and `$where` applies to the document itself.
 */
function compileQuery(query, options) {
  if (!isPlainObject(query)) throw new TypeError('query must be a plain object');
  const parts = Object.keys(query).map((key) => {
    const spec = query[key];
    if (LOGICAL.has(key)) {
      if (!Array.isArray(spec)) throw new TypeError(`${key} expects an array`);
      const subs = spec.map((sub) => compileQuery(sub, options));
      if (key === '$and') return (doc) => subs.every((s) => s(doc));
      if (key === '$or') return (doc) => subs.some((s) => s(doc));
      return (doc) => !subs.some((s) => s(doc));
    }
    if (key === '$where') {
      const where = options.operations.$where(spec, query, options, key, compileOperators);
      return (doc) => where(doc, doc);
    }
    if (key[0] === '$') throw new Error(`unsupported top-level operator ${key}`);
    return compileField(key, spec, options);
  });
  return (doc) => parts.every((p) => p(doc));
}

module.exports = { compileQuery, compileOperators };
