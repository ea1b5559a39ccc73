// A library package: `path` comes from the caller.
const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

function set(obj, path, value) {
  const keys = String(path).split('.');
  let node = obj;
  // ruleid: js/prototype-pollution
  for (let i = 0; i < keys.length - 1; i++) node = node[keys[i]] ?? (node[keys[i]] = {});
  // ruleid: js/prototype-pollution
  node[keys[keys.length - 1]] = value;
  return obj;
}

function setSafe(obj, path, value) {
  const keys = String(path).split('.');
  if (keys.some((k) => BLOCKED.has(k))) throw new TypeError('unsafe path');
  let node = obj;
  for (let i = 0; i < keys.length - 1; i++) node = node[keys[i]] ?? (node[keys[i]] = {});
  // ok: js/prototype-pollution
  node[keys[keys.length - 1]] = value;
  return obj;
}

// The same check through a predicate passed by name.
function isUnsafeKey(key) {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}

function setChecked(obj, path, value) {
  const keys = String(path).split('.');
  if (keys.some(isUnsafeKey)) return obj;
  let node = obj;
  for (let i = 0; i < keys.length - 1; i++) node = node[keys[i]] ?? (node[keys[i]] = {});
  // ok: js/prototype-pollution
  node[keys[keys.length - 1]] = value;
  return obj;
}

module.exports = { set, setSafe, setChecked };
