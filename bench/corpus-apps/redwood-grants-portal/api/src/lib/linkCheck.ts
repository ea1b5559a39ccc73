import { lookup } from 'node:dns/promises'
import net from 'node:net'

const TITLE_RE = /<title[^>]*>([^<]{0,300})<\/title>/i

export type LinkResult = {
  url: string
  status: number | null
  title: string | null
  excerpt: string | null
}

const isPrivateAddress = (address: string) => {
  if (net.isIPv4(address)) {
    const [a, b] = address.split('.').map(Number)
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    )
  }
  const lower = address.toLowerCase()
  return (
    lower === '::1' ||
    lower === '::' ||
    lower.startsWith('fc') ||
    lower.startsWith('fd') ||
    lower.startsWith('fe80') ||
    lower.startsWith('::ffff:')
  )
}

export const assertPublicHttpUrl = async (raw: string) => {
  const url = new URL(raw)
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error('Only http(s) links can be checked')
  }
  if (url.username || url.password) {
    throw new Error('Links with credentials are not allowed')
  }
  const answers = await lookup(url.hostname, { all: true })
  if (answers.length === 0 || answers.some((a) => isPrivateAddress(a.address))) {
    throw new Error('Link points to a private address')
  }
  return url
}

/**
 * Used by the link-check job for every URL an applicant lists in their
 * application ("project website", "press coverage", "annual report").
 */
export const checkLink = async (url: string): Promise<LinkResult> => {
  try {
    // vuln: CWE-918
    const res = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(10_000),
      headers: { 'user-agent': 'AlderGrantsLinkChecker/1.0' },
    })
    const body = (await res.text()).slice(0, 20_000)
    const title = TITLE_RE.exec(body)?.[1]?.trim() ?? null
    return { url, status: res.status, title, excerpt: body.slice(0, 500) }
  } catch {
    return { url, status: null, title: null, excerpt: null }
  }
}

/**
 * Interactive preview while the applicant types a link.
 */
export const previewLink = async (raw: string): Promise<LinkResult> => {
  const url = await assertPublicHttpUrl(raw)
  // safe: CWE-918
  const res = await fetch(url, {
    redirect: 'manual',
    signal: AbortSignal.timeout(5_000),
  })
  const body = (await res.text()).slice(0, 20_000)
  return {
    url: url.toString(),
    status: res.status,
    title: TITLE_RE.exec(body)?.[1]?.trim() ?? null,
    excerpt: null,
  }
}

const CHARITY_REGISTER = 'https://register-of-charities.charitycommission.gov.uk/api/charity'

export const lookupCharity = async (registrationNumber: string) => {
  if (!/^\d{6,8}$/.test(registrationNumber)) {
    throw new Error('Invalid charity number')
  }
  // safe: CWE-918
  const res = await fetch(`${CHARITY_REGISTER}/${encodeURIComponent(registrationNumber)}`)
  if (!res.ok) return null
  return (await res.json()) as { name: string; status: string }
}
