'use strict';

function parseNumber(value) {
  const n = Number(value);
  return Number.isNaN(n) ? null : n;
}

function parseBoolean(value) {
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === 'yes' || v === '1') return true;
  if (v === 'false' || v === 'no' || v === '0') return false;
  return null;
}

function parseDate(value) {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

function parseJson(value) {
  try {
    return JSON.parse(value);
  } catch (_) {
    return null;
  }
}

function identity(value) {
  return value;
}

const builtins = {
  string: identity,
  number: parseNumber,
  boolean: parseBoolean,
  date: parseDate,
  json: parseJson,
};

/** Resolves the `types` option ({ column: 'number' | fn }) into one parser per column. */
function resolveParsers(fields, types) {
  return fields.map((name) => {
    const t = types && Object.prototype.hasOwnProperty.call(types, name) ? types[name] : 'string';
    if (typeof t === 'function') return t;
    const parser = builtins[t];
    if (!parser) throw new TypeError(`rowmap: unknown type "${t}" for column "${name}"`);
    return parser;
  });
}

module.exports = { builtins, resolveParsers };
