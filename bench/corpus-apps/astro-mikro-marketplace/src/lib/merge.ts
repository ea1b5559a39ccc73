type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Recursively merges `source` into `target` (used for shop settings documents). */
export function deepMerge<T extends Plain>(target: T, source: Plain): T {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (isPlain(value)) {
      if (!isPlain((target as Plain)[key])) (target as Plain)[key] = {};
      deepMerge((target as Plain)[key] as Plain, value);
    } else {
      // vuln: CWE-1321
      (target as Plain)[key] = value;
    }
  }
  return target;
}

const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

/** Same as deepMerge but refuses prototype keys; used for buyer preferences. */
export function mergePreferences(target: Plain, source: Plain): Plain {
  for (const key of Object.keys(source)) {
    if (BLOCKED.has(key)) continue;
    const value = source[key];
    if (isPlain(value)) {
      const next = isPlain(target[key]) ? (target[key] as Plain) : Object.create(null);
      target[key] = mergePreferences(next, value);
    } else {
      target[key] = value;
    }
  }
  return target;
}
