import { createHmac, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Shop, Webhook } from '../entities/Shop';
import { lookup } from 'node:dns/promises';
import net from 'node:net';
import { logger, clean } from '../lib/logger';

function isPrivate(address: string): boolean {
  if (net.isIPv4(address)) {
    const [a, b] = address.split('.').map(Number);
    return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224;
  }
  const v6 = address.toLowerCase();
  if (v6.startsWith('::ffff:')) return isPrivate(v6.slice(7));
  return v6 === '::1' || v6 === '::' || v6.startsWith('fc') || v6.startsWith('fd') || v6.startsWith('fe80');
}

/** Resolves the host and rejects anything that is not public https. Returns the pinned address. */
export async function assertPublicHttpsUrl(raw: string): Promise<{ url: URL; address: string }> {
  const url = new URL(raw);
  if (url.protocol !== 'https:' || url.username || url.password) throw new Error('only public https URLs are allowed');
  const answers = await lookup(url.hostname, { all: true, verbatim: true });
  if (answers.length === 0 || answers.some((a) => isPrivate(a.address))) throw new Error('URL resolves to a private address');
  return { url, address: answers[0].address };
}

const EVENTS = new Set(['order.created', 'order.paid', 'order.cancelled', 'product.updated']);

export async function register(em: EntityManager, shopId: number, url: string, events: string[]) {
  await assertPublicHttpsUrl(url);
  const hook = em.create(Webhook, {
    shop: em.getReference(Shop, shopId),
    url,
    secret: randomBytes(32).toString('hex'),
    events: events.filter((e) => EVENTS.has(e)),
  });
  await em.persistAndFlush(hook);
  return { id: hook.id, secret: hook.secret };
}

/** "Send test event" button: posts a sample payload and shows the endpoint's answer. */
export async function sendTest(url: string) {
  const body = JSON.stringify({ event: 'test', sentAt: new Date().toISOString() });
  // vuln: CWE-918
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  return { status: res.status, body: (await res.text()).slice(0, 2000) };
}

export async function dispatch(em: EntityManager, shopId: number, event: string, payload: unknown) {
  const hooks = await em.find(Webhook, { shop: shopId, events: { $contains: [event] } });
  const body = JSON.stringify({ event, payload, sentAt: new Date().toISOString() });
  for (const hook of hooks) {
    const { url } = await assertPublicHttpsUrl(hook.url);
    const signature = createHmac('sha256', hook.secret).update(body).digest('hex');
    const res = await fetch(url, {
      method: 'POST',
      redirect: 'error',
      headers: { 'Content-Type': 'application/json', 'X-Mikro-Signature': signature },
      body,
    });
    logger.info(`webhook ${hook.id} ${clean(event)} -> ${res.status}`);
  }
}
