const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * Deep-merges profile patches ({ address: { city } }, { prefs: { newsletter } }).
 */
export function mergeDeep(target, patch) {
  for (const key in patch) {
    if (isObject(patch[key])) {
      if (!isObject(target[key])) target[key] = {}
      mergeDeep(target[key], patch[key])
    } else {
      // vuln: CWE-1321
      target[key] = patch[key]
    }
  }
  return target
}

/**
 * Copies only the listed top-level keys; used for admin edits of products.
 */
export function assignAllowed(target, patch, allowed) {
  for (const key of allowed) {
    if (Object.hasOwn(patch, key)) {
      // safe: CWE-1321
      target[key] = patch[key]
    }
  }
  return target
}
