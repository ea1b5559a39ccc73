'use strict';
// Set-by-path helpers written as recursion: the first key comes off the path, the rest goes down.

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function assignPath(target, parts, value) {
  const [head, ...rest] = parts;
  const container = isPlainObject(target) ? target : {};
  // ruleid: js/prototype-pollution
  container[head] = rest.length === 0 ? value : assignPath(container[head], rest, value);
  return container;
}

function setIn(obj, keys, value) {
  const [key, ...more] = keys;
  if (more.length === 0) {
    // ruleid: js/prototype-pollution
    obj[key] = value;
    return obj;
  }
  if (!isPlainObject(obj[key])) obj[key] = {};
  return setIn(obj[key], more, value);
}

const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

function assignPathSafe(target, parts, value) {
  const [head, ...rest] = parts;
  if (BLOCKED.has(head)) return target;
  const container = isPlainObject(target) ? target : {};
  // ok: js/prototype-pollution
  container[head] = rest.length === 0 ? value : assignPathSafe(container[head], rest, value);
  return container;
}

function firstAndRest(out, parts) {
  // Not recursive: one key of the caller's choosing on one object.
  const [head, ...rest] = parts;
  // ok: js/prototype-pollution
  out[head] = rest.join('.');
  return out;
}

module.exports = { assignPath, setIn, assignPathSafe, firstAndRest };
