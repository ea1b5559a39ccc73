function isRecord(v) {
  return v !== null && typeof v === 'object';
}

// Walks a list of keys, creating records on the way; the value lands on the last key.
export function deepPut(target, keys, value) {
  let at = target;
  const end = keys.length - 1;
  for (let i = 0; i <= end; i++) {
    const k = keys[i];
    const step = i === end ? value : isRecord(at[k]) ? at[k] : {};
    // ruleid: js/prototype-pollution
    at[k] = step;
    at = step;
  }
  return target;
}

// The same walk over own properties only, refusing keys that reach a prototype.
export function deepPutOwn(target, keys, value) {
  if (keys.some((k) => k === '__proto__' || k === 'constructor' || k === 'prototype')) return target;
  let at = target;
  const end = keys.length - 1;
  for (let i = 0; i <= end; i++) {
    const k = keys[i];
    const own = Object.prototype.hasOwnProperty.call(at, k) ? at[k] : undefined;
    const step = i === end ? value : isRecord(own) ? own : {};
    // ok: js/prototype-pollution
    at[k] = step;
    at = step;
  }
  return target;
}
