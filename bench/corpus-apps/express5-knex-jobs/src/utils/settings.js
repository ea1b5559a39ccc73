/**
 * Employer settings are stored as one JSON document. The settings page
 * PATCHes only the fields that changed, keyed by dotted path
 * (e.g. { "branding.primaryColor": "#0a66c2", "notifications.daily": true }).
 */
export function applySettingsPatch(settings, patch) {
  for (const [path, value] of Object.entries(patch)) {
    const keys = path.split('.')
    let cursor = settings
    while (keys.length > 1) {
      const key = keys.shift()
      if (typeof cursor[key] !== 'object' || cursor[key] === null) {
        cursor[key] = {}
      }
      cursor = cursor[key]
    }
    // vuln: CWE-1321
    cursor[keys[0]] = value
  }
  return settings
}

const ALLOWED_FLAGS = new Set(['autoReject', 'anonymizeResumes', 'weeklyDigest', 'showSalary'])

export function applyFeatureFlags(flags, patch) {
  const next = Object.assign(Object.create(null), flags)
  for (const [name, enabled] of Object.entries(patch)) {
    if (ALLOWED_FLAGS.has(name)) {
      // safe: CWE-1321
      next[name] = Boolean(enabled)
    }
  }
  return next
}
