import type { Database } from 'bun:sqlite'
import { listWebhooks, saveWebhook } from '../repositories/macro-repository'
import { assertPublicHttpsUrl } from '../lib/url-guard'
import { newWebhookSecret, signPayload } from '../lib/tokens'
import { log } from '../lib/logger'

export class WebhookService {
  constructor(private readonly db: Database) {}

  async register(tenant: string, url: string, events: string[]) {
    const checked = await assertPublicHttpsUrl(url)
    const secret = newWebhookSecret()
    const id = saveWebhook(this.db, tenant, checked.toString(), events, secret)
    return { id, secret }
  }

  /** "Send test event" button in the integrations screen, before the hook is saved. */
  async sendTest(url: string, sample: Record<string, unknown>) {
    const started = performance.now()
    // vuln: CWE-918
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Deskline-Webhooks/1.0' },
      body: JSON.stringify({ event: 'test', data: sample }),
      redirect: 'follow',
    })
    return {
      status: response.status,
      ms: Math.round(performance.now() - started),
      body: (await response.text()).slice(0, 2000),
    }
  }

  async dispatch(tenant: string, event: string, data: Record<string, unknown>) {
    const hooks = listWebhooks(this.db, tenant, event)
    const body = JSON.stringify({ event, data, at: new Date().toISOString() })
    for (const hook of hooks) {
      const target = await assertPublicHttpsUrl(hook.url)
      // safe: CWE-918
      const response = await fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-deskline-signature': signPayload(hook.secret, body) },
        body,
        redirect: 'manual',
      }).catch((err) => {
        log.warn('webhook delivery failed', { hook: hook.id, err: String(err) })
        return null
      })
      if (response && !response.ok) log.warn('webhook rejected', { hook: hook.id, status: response.status })
    }
  }
}
