import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

function isPrivateV4(address: string): boolean {
  const [a, b] = address.split('.').map(Number)
  return (
    a === 10 || a === 127 || a === 0 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127)
  )
}

function isPrivateV6(address: string): boolean {
  const lower = address.toLowerCase()
  if (lower.startsWith('::ffff:')) return isPrivateV4(lower.slice(7))
  return lower === '::1' || lower === '::' || lower.startsWith('fc') || lower.startsWith('fd') || lower.startsWith('fe80')
}

export class UnsafeUrlError extends Error {}

/** Accepts only https URLs without credentials whose host resolves to public addresses. */
export async function assertPublicHttpsUrl(raw: string): Promise<URL> {
  const url = new URL(raw)
  if (url.protocol !== 'https:') throw new UnsafeUrlError('only https URLs are allowed')
  if (url.username || url.password) throw new UnsafeUrlError('credentials are not allowed in URLs')
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true })
  for (const { address, family } of addresses) {
    if (family === 4 ? isPrivateV4(address) : isPrivateV6(address)) {
      throw new UnsafeUrlError('URL points to a private address')
    }
  }
  return url
}

export function isAllowedHost(raw: string, hosts: readonly string[]): boolean {
  try {
    const url = new URL(raw)
    return url.protocol === 'https:' && hosts.includes(url.hostname)
  } catch {
    return false
  }
}

/** Relative redirect target inside the app, e.g. `/tickets/12`. */
export function safeReturnPath(raw: unknown, fallback = '/portal'): string {
  if (typeof raw !== 'string') return fallback
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback
  return raw
}
