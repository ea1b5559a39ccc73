import dns from 'node:dns/promises';
import net from 'node:net';
import { request } from 'undici';
import { config } from '../config';
import { partnerDao } from '../dao/partner.dao';
import { invalid } from '../grpc/errors';
import { logger } from '../logger';
import { signPayload } from '../util/tokens';

function isPrivateAddress(address: string): boolean {
  if (net.isIPv4(address)) {
    const [a, b] = address.split('.').map(Number);
    return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  const lower = address.toLowerCase();
  return lower === '::1' || lower === '::' || lower.startsWith('fc') || lower.startsWith('fd') || lower.startsWith('fe80') || lower.startsWith('::ffff:');
}

/** Webhook URLs must be public https endpoints; checked when they are registered. */
export async function assertPublicUrl(raw: string): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid('webhook url is not a URL');
  }
  if (url.protocol !== 'https:' || url.username || url.password) throw invalid('webhook url must be https without credentials');
  const answers = await dns.lookup(url.hostname, { all: true });
  if (answers.length === 0 || answers.some((a) => isPrivateAddress(a.address))) {
    throw invalid('webhook url must resolve to public addresses');
  }
  return url;
}

export class WebhookService {
  /** Delivers an event to the partner's registered webhooks (URLs validated at registration). */
  async dispatch(partnerId: string, event: string, payload: Record<string, unknown>): Promise<void> {
    const hooks = await partnerDao.webhooksFor(partnerId, event);
    const body = JSON.stringify({ event, payload, sentAt: new Date().toISOString() });
    for (const hook of hooks) {
      const ts = Math.floor(Date.now() / 1000);
      // safe: CWE-918
      const res = await request(hook.url, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', 'x-rh-timestamp': String(ts), 'x-rh-signature': signPayload(hook.secret, body, ts) },
        headersTimeout: 10_000,
        bodyTimeout: 10_000,
        maxRedirections: 0,
      });
      await res.body.dump();
      logger.info({ partnerId, event, status: res.statusCode }, 'webhook delivered');
    }
  }

  /** One-off callback URL sent by the partner along with a delivery confirmation. */
  async notifyCallback(callbackUrl: string, payload: Record<string, unknown>): Promise<number> {
    const body = JSON.stringify(payload);
    const ts = Math.floor(Date.now() / 1000);
    // vuln: CWE-918
    const res = await request(callbackUrl, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-rh-signature': signPayload(config.webhookSigningKey, body, ts) },
      headersTimeout: 10_000,
    });
    await res.body.dump();
    return res.statusCode;
  }
}

export const webhookService = new WebhookService();
