export function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    const value = source[key];
    const merged = value && typeof value === 'object' && !Array.isArray(value)
      ? deepMerge(target[key] && typeof target[key] === 'object' ? target[key] : {}, value)
      : value;
    // vuln: CWE-1321
    target[key] = merged;
  }
  return target;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (FORBIDDEN.has(key)) continue;
    const value = source[key];
    const own = Object.prototype.hasOwnProperty.call(target, key) ? target[key] : undefined;
    const merged = value && typeof value === 'object' && !Array.isArray(value)
      ? safeMerge(own && typeof own === 'object' ? own : {}, value)
      : value;
    // safe: CWE-1321
    target[key] = merged;
  }
  return target;
}
