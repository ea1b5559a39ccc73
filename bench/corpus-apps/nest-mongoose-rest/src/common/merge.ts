type Plain = Record<string, any>;

const isObject = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep-merges custom fields sent by the mobile app into a work order. */
export function mergeFields(target: Plain, source: Plain): Plain {
  for (const key of Object.keys(source)) {
    if (isObject(source[key])) {
      if (!isObject(target[key])) target[key] = {};
      mergeFields(target[key], source[key]);
    } else {
      // vuln: CWE-1321
      target[key] = source[key];
    }
  }
  return target;
}

const UNSAFE_KEYS = ['__proto__', 'constructor', 'prototype'];

export function mergeSettings(target: Plain, source: Plain): Plain {
  for (const key of Object.keys(source)) {
    if (UNSAFE_KEYS.includes(key)) continue;
    if (isObject(source[key])) {
      if (!Object.prototype.hasOwnProperty.call(target, key) || !isObject(target[key])) target[key] = {};
      mergeSettings(target[key], source[key]);
    } else {
      // safe: CWE-1321
      target[key] = source[key];
    }
  }
  return target;
}

export function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
