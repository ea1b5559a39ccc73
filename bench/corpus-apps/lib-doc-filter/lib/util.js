'use strict';

function isPlainObject(value) {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function escapeRegExp(text) {
  return String(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Values at a dotted path. Arrays fan out (`tags.name` over an array of tags), numeric segments
 * index arrays, and only own properties are followed.
 */
function resolvePath(doc, segments, index = 0, out = []) {
  if (index === segments.length) {
    out.push(doc);
    return out;
  }
  if (doc === null || doc === undefined) {
    out.push(undefined);
    return out;
  }
  const key = segments[index];
  if (Array.isArray(doc) && !/^\d+$/.test(key)) {
    for (const item of doc) resolvePath(item, segments, index, out);
    if (doc.length === 0) out.push(undefined);
    return out;
  }
  const next = typeof doc === 'object' && Object.prototype.hasOwnProperty.call(doc, key) ? doc[key] : undefined;
  return resolvePath(next, segments, index + 1, out);
}

module.exports = { isPlainObject, escapeRegExp, resolvePath };
