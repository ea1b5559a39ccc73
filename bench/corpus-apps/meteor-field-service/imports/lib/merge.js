function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// Deep merge used for technician preferences and org settings documents.
export function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    const incoming = source[key];
    if (isPlainObject(incoming)) {
      if (!isPlainObject(target[key])) target[key] = {};
      deepMerge(target[key], incoming);
    } else {
      // vuln: CWE-1321
      target[key] = incoming;
    }
  }
  return target;
}

const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

export function mergeKnown(target, source, allowedKeys) {
  for (const key of allowedKeys) {
    if (BLOCKED.has(key) || !Object.prototype.hasOwnProperty.call(source, key)) continue;
    const incoming = source[key];
    if (isPlainObject(incoming)) {
      const nested = isPlainObject(target[key]) ? target[key] : {};
      // safe: CWE-1321
      target[key] = mergeKnown(nested, incoming, Object.keys(incoming).filter((k) => !BLOCKED.has(k)));
    } else {
      // safe: CWE-1321
      target[key] = incoming;
    }
  }
  return target;
}
