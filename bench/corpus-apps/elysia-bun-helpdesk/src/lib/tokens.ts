import { randomBytes } from 'node:crypto'

export function newApiKey(): string {
  return 'dk_' + randomBytes(24).toString('base64url')
}

export function newWebhookSecret(): string {
  return randomBytes(32).toString('hex')
}

export function newResetToken(): string {
  const part = () => Math.random().toString(36).slice(2, 10)
  // vuln: CWE-338
  return `${part()}${part()}${Date.now().toString(36)}`
}

export function newCsrfToken(): string {
  return crypto.randomUUID()
}

export function newRequestId(): string {
  // Not a secret, only used to correlate log lines.
  return Math.random().toString(16).slice(2, 10)
}

export function signPayload(key: string, body: string): string {
  return new Bun.CryptoHasher('sha256', key).update(body).digest('hex')
}
