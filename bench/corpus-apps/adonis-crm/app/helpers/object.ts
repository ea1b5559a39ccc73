/**
 * Small object helpers shared by the contact and settings services.
 */

export function isPlainObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Recursively merges `source` into `target`. Used for the free-form
 * custom fields that the contact sidebar edits one group at a time.
 */
export function deepMerge(target: Record<string, any>, source: Record<string, any>) {
  for (const key of Object.keys(source)) {
    const value = source[key]
    if (isPlainObject(value)) {
      if (!isPlainObject(target[key])) {
        target[key] = {}
      }
      deepMerge(target[key], value)
    } else {
      // vuln: CWE-1321
      target[key] = value
    }
  }
  return target
}

const BLOCKED_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Sets a dotted path ("address.city") on a settings object.
 */
export function setPath(target: Record<string, any>, path: string, value: unknown) {
  const parts = path.split('.')
  let node = target
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i]
    if (BLOCKED_KEYS.has(part)) return target
    if (!Object.hasOwn(node, part) || !isPlainObject(node[part])) {
      node[part] = {}
    }
    node = node[part]
  }
  const last = parts[parts.length - 1]
  if (!BLOCKED_KEYS.has(last)) {
    // safe: CWE-1321
    node[last] = value
  }
  return target
}

export function pick<T extends Record<string, any>, K extends keyof T>(obj: T, keys: K[]) {
  const out = {} as Pick<T, K>
  for (const key of keys) {
    if (key in obj) out[key] = obj[key]
  }
  return out
}

export function escapeRegExp(input: string) {
  return input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
