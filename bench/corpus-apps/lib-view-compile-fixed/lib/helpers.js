'use strict';

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML-escapes a value; null and undefined render as the empty string. */
function esc(value) {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Own-property lookup of a dotted path ("." is the value itself). */
function get(base, path) {
  if (path === '' || path === '.') return base;
  let value = base;
  for (const key of path.split('.')) {
    if (value === null || value === undefined || !Object.prototype.hasOwnProperty.call(Object(value), key)) {
      return undefined;
    }
    value = value[key];
  }
  return value;
}

function truthy(value) {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

function list(value) {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') return Object.values(value);
  return [];
}

module.exports = { esc, get, truthy, list };
