import { ValidationError } from '@redwoodjs/graphql-server'

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const TAG_RE = /^[a-z0-9][a-z0-9-]{0,30}$/

export const assertEmail = (email: string) => {
  if (email.length > 254 || !EMAIL_RE.test(email)) {
    throw new ValidationError('Please enter a valid e-mail address')
  }
}

/**
 * Organisation slugs like "river-trust-2024" appear in public grantee URLs.
 */
export const isValidOrgSlug = (slug: string) => {
  // vuln: CWE-1333
  return /^([a-z0-9]+-?)+$/.test(slug)
}

export const isValidTag = (tag: string) => {
  // safe: CWE-1333
  return TAG_RE.test(tag)
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export const assertStatus = (status: string) => {
  const allowed = ['draft', 'submitted', 'in_review', 'shortlisted', 'awarded', 'declined']
  if (!allowed.includes(status)) {
    throw new ValidationError(`Unknown status ${status}`)
  }
  return status
}
