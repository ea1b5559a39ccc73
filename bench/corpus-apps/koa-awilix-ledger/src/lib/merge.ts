type Plain = Record<string, any>;

function isObject(value: unknown): value is Plain {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Recursively merges `source` into `target` (mutates and returns target).
 * Arrays are replaced, objects are merged key by key.
 */
export function deepMerge<T extends Plain>(target: T, source: Plain): T {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (isObject(value)) {
      if (!isObject((target as Plain)[key])) {
        (target as Plain)[key] = {};
      }
      deepMerge((target as Plain)[key], value);
    } else {
      // vuln: CWE-1321
      (target as Plain)[key] = value;
    }
  }
  return target;
}
