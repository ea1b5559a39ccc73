type Plain = Record<string, any>

function isPlainObject(value: unknown): value is Plain {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * Recursively copies `source` into `target` (arrays are replaced, not concatenated).
 * Used for site-settings imports exported from another Northwind instance.
 */
export function mergeDeep<T extends Plain>(target: T, source: Plain): T {
  for (const key of Object.keys(source)) {
    const incoming = source[key]
    if (isPlainObject(incoming)) {
      if (!isPlainObject(target[key])) {
        (target as Plain)[key] = {}
      }
      mergeDeep(target[key], incoming)
    } else {
      // vuln: CWE-1321
      (target as Plain)[key] = incoming
    }
  }
  return target
}
