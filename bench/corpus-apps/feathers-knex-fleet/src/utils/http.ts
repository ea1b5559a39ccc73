import axios from 'axios'
import crypto from 'node:crypto'

const client = axios.create({ timeout: 5000, maxRedirects: 0, headers: { 'user-agent': 'fleetwise-webhooks/1.4' } })

/** Used by the "Send test event" button in the integrations screen; the reply is shown to the user. */
export async function postJson(url: string, body: unknown) {
  // vuln: CWE-918
  const response = await client.post(url, body, { validateStatus: () => true })
  return { status: response.status, body: typeof response.data === 'string' ? response.data.slice(0, 2000) : response.data }
}

/** Registered partner domains: webhook targets must be https on one of these. */
export function isAllowedWebhookUrl(raw: string, allowedSuffixes: string[]): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false
  const host = url.hostname.toLowerCase()
  return allowedSuffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))
}

/** Signed delivery to a subscription that passed isAllowedWebhookUrl() when it was created. */
export async function deliverSigned(url: string, secret: string, event: unknown) {
  if (!isAllowedWebhookUrl(url, PARTNER_DOMAINS)) throw new Error('Webhook target is not an allowed partner domain')
  const payload = JSON.stringify(event)
  const signature = crypto.createHmac('sha256', secret).update(payload).digest('hex')
  // safe: CWE-918
  await client.post(url, payload, { headers: { 'content-type': 'application/json', 'x-fleetwise-signature': signature } })
}

export const PARTNER_DOMAINS = (process.env.WEBHOOK_PARTNER_DOMAINS || 'hooks.fleetwise.example')
  .split(',')
  .map((d) => d.trim().toLowerCase())
  .filter(Boolean)
