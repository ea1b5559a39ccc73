// Loosely follows the pattern the old PHP site used for candidate emails.
const EMAIL_PATTERN = /^([a-zA-Z0-9_.+-])+@(([a-zA-Z0-9-])+\.)+([a-zA-Z0-9]{2,6})+$/

const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/

const PHONE_PATTERN = /^\+?[0-9 ()-]{6,20}$/

export function isValidEmail(value) {
  if (typeof value !== 'string') return false
  // vuln: CWE-1333
  return EMAIL_PATTERN.test(value)
}

export function isSlug(value) {
  // safe: CWE-1333
  return typeof value === 'string' && SLUG_PATTERN.test(value)
}

export function isPhone(value) {
  return typeof value === 'string' && value.length <= 20 && PHONE_PATTERN.test(value)
}

export function toPositiveInt(value, fallback) {
  const n = Number.parseInt(value, 10)
  return Number.isInteger(n) && n > 0 ? n : fallback
}
