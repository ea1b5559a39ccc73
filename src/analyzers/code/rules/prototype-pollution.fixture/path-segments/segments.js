'use strict';
// Set-by-path helpers whose keys come from a segmenting helper (escaped dots, brackets) instead of a
// plain `path.split('.')` in the same function.

function isObj(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

function getPathSegments(path) {
  const pathArray = path.split('.');
  const parts = [];
  for (let i = 0; i < pathArray.length; i++) {
    let p = pathArray[i];
    while (p[p.length - 1] === '\\' && pathArray[i + 1] !== undefined) {
      p = p.slice(0, -1) + '.';
      p += pathArray[++i];
    }
    parts.push(p);
  }
  return parts;
}

function setPath(object, path, value) {
  const root = object;
  const pathArray = getPathSegments(path);
  for (let i = 0; i < pathArray.length; i++) {
    const p = pathArray[i];
    if (!isObj(object[p])) {
      object[p] = {};
    }
    if (i === pathArray.length - 1) {
      // ruleid: js/prototype-pollution
      object[p] = value;
    }
    object = object[p];
  }
  return root;
}

// The segmenter refuses a path holding a prototype key: the deny-list, the check built on it and the
// segmenter calling the check are three helpers, none of them in the setter.
const disallowedKeys = ['__proto__', 'prototype', 'constructor'];
const isValidPath = (segments) => !segments.some((segment) => disallowedKeys.includes(segment));

function getCheckedSegments(path) {
  const parts = path.split('.');
  if (!isValidPath(parts)) return [];
  return parts;
}

function setCheckedPath(object, path, value) {
  const root = object;
  const pathArray = getCheckedSegments(path);
  if (pathArray.length === 0) return root;
  for (let i = 0; i < pathArray.length; i++) {
    const p = pathArray[i];
    if (!isObj(object[p])) {
      object[p] = {};
    }
    if (i === pathArray.length - 1) {
      // ok: js/prototype-pollution
      object[p] = value;
    }
    object = object[p];
  }
  return root;
}

// Recursion on the head of the path and `path.slice(1)`.
function setRecursive(obj, path, value) {
  if (typeof path === 'string') {
    return setRecursive(obj, path.split('.'), value);
  }
  var currentPath = path[0];
  if (path.length === 1) {
    // ruleid: js/prototype-pollution
    obj[currentPath] = value;
    return obj;
  }
  if (obj[currentPath] === undefined) {
    obj[currentPath] = {};
  }
  return setRecursive(obj[currentPath], path.slice(1), value);
}

function setRecursiveGuarded(obj, path, value) {
  if (typeof path === 'string') {
    return setRecursiveGuarded(obj, path.split('.'), value);
  }
  var currentPath = path[0];
  if (currentPath === '__proto__' || currentPath === 'constructor' || currentPath === 'prototype') {
    throw new Error('magic properties cannot be set');
  }
  if (path.length === 1) {
    // ok: js/prototype-pollution
    obj[currentPath] = value;
    return obj;
  }
  if (obj[currentPath] === undefined) {
    obj[currentPath] = {};
  }
  return setRecursiveGuarded(obj[currentPath], path.slice(1), value);
}

function labelFirst(out, path) {
  // Not recursive: the first key alone, on the caller's one object.
  var first = path[0];
  // ok: js/prototype-pollution
  out[first] = path.slice(1).join('.');
  return out;
}

module.exports = { setPath, setCheckedPath, setRecursive, setRecursiveGuarded, labelFirst };
