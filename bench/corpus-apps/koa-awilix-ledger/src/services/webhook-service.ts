import crypto from 'node:crypto';
import axios from 'axios';
import type { Logger } from '../lib/logger';
import { assertPublicHttpsUrl } from '../lib/net';
import { randomToken } from '../lib/passwords';
import type WebhookRepository from '../repositories/webhook-repository';

export class WebhookService {
  private readonly hooks: WebhookRepository;
  private readonly logger: Logger;

  constructor({ webhookRepository, logger }: { webhookRepository: WebhookRepository; logger: Logger }) {
    this.hooks = webhookRepository;
    this.logger = logger;
  }

  async register(url: string, events: string[]) {
    const checked = await assertPublicHttpsUrl(url);
    const secret = randomToken(32);
    const hook = await this.hooks.create(checked.toString(), secret, events);
    return { id: hook.id, url: hook.url, events: hook.events, secret };
  }

  async dispatch(event: string, payload: Record<string, unknown>): Promise<void> {
    const hooks = await this.hooks.forEvent(event);
    const body = JSON.stringify({ event, payload, sentAt: new Date().toISOString() });
    await Promise.allSettled(
      hooks.map((hook) => {
        const signature = crypto.createHmac('sha256', hook.secret).update(body).digest('hex');
        // safe: CWE-918
        return axios.post(hook.url, body, {
          headers: { 'content-type': 'application/json', 'x-tallybook-signature': `sha256=${signature}` },
          timeout: 5_000,
          maxRedirects: 0,
        });
      }),
    );
  }

  /** "Send test event" button on the webhook form, before the hook is saved. */
  async test(url: string): Promise<{ status: number; body: string }> {
    // vuln: CWE-918
    const res = await axios.get(url, { timeout: 5_000, responseType: 'text', validateStatus: () => true });
    this.logger.info('webhook test', { status: res.status });
    return { status: res.status, body: String(res.data).slice(0, 2_000) };
  }
}
