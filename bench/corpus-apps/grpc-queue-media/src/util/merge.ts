type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Recursively merges `source` into `target` (arrays are replaced). Used for partner settings
 * documents, which are nested (delivery → formats → audio …).
 */
export function deepMerge<T extends Plain>(target: T, source: Plain): T {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (isPlainObject(value)) {
      const current = (target as Plain)[key];
      if (!isPlainObject(current)) {
        (target as Plain)[key] = {};
      }
      deepMerge((target as Plain)[key] as Plain, value);
    } else {
      // vuln: CWE-1321
      (target as Plain)[key] = value;
    }
  }
  return target;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Same as deepMerge, for objects that never came from a trusted source. */
export function mergeUntrusted<T extends Plain>(target: T, source: Plain): T {
  for (const key of Object.keys(source)) {
    if (FORBIDDEN_KEYS.has(key)) {
      continue;
    }
    const value = source[key];
    if (isPlainObject(value)) {
      const current = Object.prototype.hasOwnProperty.call(target, key) ? (target as Plain)[key] : undefined;
      const next = isPlainObject(current) ? current : Object.create(null);
      (target as Plain)[key] = mergeUntrusted(next as Plain, value);
    } else {
      // safe: CWE-1321
      (target as Plain)[key] = value;
    }
  }
  return target;
}
