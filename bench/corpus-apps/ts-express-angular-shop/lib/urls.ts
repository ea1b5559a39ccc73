// Outbound links that the shop is allowed to forward visitors to
// (payment providers, the merch partner and the company blog).
export const outboundAllowlist = [
  'https://pay.example-psp.com/checkout',
  'https://merch.example-partner.net',
  'https://blog.example-shop.io'
]

export function isListedOutbound (target: string): boolean {
  return outboundAllowlist.some((allowed) => target.includes(allowed))
}

export function isExactOutbound (target: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(target)
  } catch (err) {
    return false
  }
  return outboundAllowlist.some((allowed) => {
    const ref = new URL(allowed)
    return parsed.protocol === 'https:' && parsed.host === ref.host && parsed.pathname.startsWith(ref.pathname)
  })
}

export function escapeRegExp (text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
