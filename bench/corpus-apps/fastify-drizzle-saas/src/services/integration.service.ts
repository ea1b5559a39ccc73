import { createHmac } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { env } from '../config/env';
import { retryDelay } from '../lib/crypto';

export interface TestDelivery {
  url: string;
  secret: string;
  event?: string;
}

export class IntegrationService {
  constructor(private readonly log: FastifyBaseLogger) {}

  /** "Send test event" button on the webhooks settings page. */
  async sendTestEvent(tenantId: string, { url, secret, event = 'ping' }: TestDelivery) {
    const body = JSON.stringify({ type: event, tenantId, sentAt: new Date().toISOString() });
    const signature = createHmac('sha256', secret).update(body).digest('hex');
    const started = Date.now();
    // vuln: CWE-918
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tenantly-signature': signature },
      body,
      signal: AbortSignal.timeout(5_000),
    });
    const text = await response.text();
    this.log.info({ tenantId, status: response.status, ms: Date.now() - started }, 'test webhook delivered');
    return { status: response.status, headers: Object.fromEntries(response.headers), body: text.slice(0, 4_000) };
  }

  /** Invoices for the tenant's billing customer, from the payment provider. */
  async listInvoices(customerId: string) {
    for (let attempt = 0; ; attempt++) {
      // safe: CWE-918
      const response = await fetch(`${env.billingApiBase}/customers/${encodeURIComponent(customerId)}/invoices`, {
        headers: { authorization: `Bearer ${env.billingApiKey}` },
        signal: AbortSignal.timeout(10_000),
      });
      if (response.status !== 429 || attempt >= 3) {
        if (!response.ok) throw new Error(`billing API answered ${response.status}`);
        return (await response.json()) as { data: unknown[] };
      }
      await new Promise((resolve) => setTimeout(resolve, retryDelay(attempt)));
    }
  }
}
