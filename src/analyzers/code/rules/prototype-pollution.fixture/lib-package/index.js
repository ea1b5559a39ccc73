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

// A list of the keys that lead to a prototype, whatever it is called: its content decides.
const RESERVED_KEYS = ['__proto__', 'constructor', 'prototype'];
const MERGEABLE = ['title', 'tags'];

function setEach(obj, path, value) {
  const keys = String(path).split('.');
  let node = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i];
    // The predicate called on each key: its "no" rules the prototype keys out.
    if (isUnsafeKey(key)) return obj;
    node = node[key] ?? (node[key] = {});
  }
  const last = keys[keys.length - 1];
  if (RESERVED_KEYS.indexOf(last) !== -1) throw new TypeError('unsafe key');
  // ok: js/prototype-pollution
  node[last] = value;
  return obj;
}

function setListed(obj, path, value) {
  const keys = String(path).split('.');
  // Only the first key is checked against a list of ordinary fields: `title.__proto__.x` passes.
  if (MERGEABLE.indexOf(keys[0]) === -1) throw new TypeError('unknown field');
  let node = obj;
  // ruleid: js/prototype-pollution
  for (let i = 0; i < keys.length - 1; i++) node = node[keys[i]] ?? (node[keys[i]] = {});
  // ruleid: js/prototype-pollution
  node[keys[keys.length - 1]] = value;
  return obj;
}

module.exports = { set, setSafe, setChecked, setEach, setListed };
