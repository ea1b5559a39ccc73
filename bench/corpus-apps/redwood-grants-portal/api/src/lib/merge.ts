type Plain = Record<string, unknown>

const isPlainObject = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Deep merge used for user preferences (notification settings, saved
 * filters, dashboard layout) sent as a JSON patch from the settings page.
 */
export const deepMerge = (target: Plain, patch: Plain): Plain => {
  for (const key of Object.keys(patch)) {
    const value = patch[key]
    if (isPlainObject(value)) {
      if (!isPlainObject(target[key])) {
        target[key] = {}
      }
      deepMerge(target[key] as Plain, value)
    } else {
      // vuln: CWE-1321
      target[key] = value
    }
  }
  return target
}

const BLOCKED = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Merge used for application form drafts; dangerous keys are skipped.
 */
export const mergeDraft = (target: Plain, patch: Plain): Plain => {
  for (const key of Object.keys(patch)) {
    if (BLOCKED.has(key)) continue
    const value = patch[key]
    if (isPlainObject(value)) {
      const next = isPlainObject(target[key]) ? (target[key] as Plain) : {}
      // safe: CWE-1321
      target[key] = mergeDraft(next, value)
    } else {
      // safe: CWE-1321
      target[key] = value
    }
  }
  return target
}
