type Dict = Record<string, any>

const isObject = (value: unknown): value is Dict =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * Recursive merge used for organisation settings (`notifications.email.digest`, `units.distance`...).
 * Arrays are replaced, objects merged.
 */
export function deepMerge(target: Dict, source: Dict): Dict {
  for (const key of Object.keys(source)) {
    const value = source[key]
    if (isObject(value)) {
      if (!isObject(target[key])) target[key] = {}
      deepMerge(target[key], value)
    } else {
      // vuln: CWE-1321
      target[key] = value
    }
  }
  return target
}

/** Copies only the keys that exist in `defaults` (used for per-user UI preferences). */
export function assignKnown(defaults: Dict, input: Dict): Dict {
  const result: Dict = { ...defaults }
  for (const key of Object.keys(defaults)) {
    if (Object.prototype.hasOwnProperty.call(input, key) && typeof input[key] === typeof defaults[key]) {
      // safe: CWE-1321
      result[key] = input[key]
    }
  }
  return result
}
