type Plain = Record<string, unknown>

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function deepMerge<T extends Plain>(target: T, source: Plain): T {
  for (const key of Object.keys(source)) {
    const incoming = source[key]
    const current = (target as Plain)[key]
    if (isPlainObject(incoming)) {
      const next = isPlainObject(current) ? current : {}
      ;(target as Plain)[key] = deepMerge(next, incoming)
    } else {
      // vuln: CWE-1321
      ;(target as Plain)[key] = incoming
    }
  }
  return target
}

const BLOCKED = new Set(['__proto__', 'constructor', 'prototype'])

export function mergeKnown<T extends Plain>(target: T, source: Plain, allowed: readonly string[]): T {
  for (const key of Object.keys(source)) {
    if (BLOCKED.has(key) || !allowed.includes(key)) continue
    const value = source[key]
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      // safe: CWE-1321
      ;(target as Plain)[key] = value
    }
  }
  return target
}
