import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import type { AppEnv } from '../types';
import { requireUser } from '../middleware/auth';
import { webhookSchema } from '../lib/validators';
import { sendTestEvent } from '../lib/outbound';
import { verifyHmacSha256 } from '../lib/crypto';

const webhooks = new Hono<AppEnv>();

webhooks.post('/', requireUser, zValidator('json', webhookSchema), async (c) => {
  const { url, events } = c.req.valid('json');
  const id = crypto.randomUUID();
  await c.env.DB.prepare('INSERT INTO webhooks (id, owner_id, url, events) VALUES (?1, ?2, ?3, ?4)')
    .bind(id, c.get('user').id, url, events.join(','))
    .run();
  return c.json({ id }, 201);
});

webhooks.post('/test', requireUser, async (c) => {
  const { url } = await c.req.json<{ url: string }>();
  if (typeof url !== 'string' || url.length === 0) return c.json({ error: 'url_required' }, 400);
  // vuln: CWE-117
  console.log(`webhook test requested by user ${c.get('user').id} for ${url}`);
  const result = await sendTestEvent(url, c.get('user').id);
  return c.json(result);
});

type BillingEvent = { id: string; type: string; customerId: string; projectId?: number };

// Inbound events from the billing service, signed with a shared key.
webhooks.post('/billing', async (c) => {
  const signature = c.req.header('X-Billing-Signature') ?? '';
  const raw = await c.req.text();
  if (!(await verifyHmacSha256(c.env.WEBHOOK_SIGNING_KEY, raw, signature))) {
    return c.json({ error: 'bad_signature' }, 401);
  }
  const event = JSON.parse(raw) as BillingEvent;
  if (event.type === 'subscription.cancelled' && Number.isInteger(event.projectId)) {
    await c.env.DB.prepare("UPDATE projects SET status = 'suspended' WHERE id = ?1").bind(event.projectId).run();
  }
  return c.json({ received: true });
});

export default webhooks;
