import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '../db/client';
import { TenantRepository } from '../repositories/tenant.repository';
import { IntegrationService } from '../services/integration.service';

const TestBody = Type.Object({
  url: Type.String({ format: 'uri', maxLength: 2048 }),
  secret: Type.String({ minLength: 16, maxLength: 128 }),
  event: Type.Optional(Type.String({ maxLength: 64 })),
});

const integrationRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (fastify, opts) => {
  const tenants = new TenantRepository(opts.db);
  const integrations = new IntegrationService(fastify.log);

  fastify.addHook('onRequest', fastify.authenticate);
  fastify.addHook('onRequest', fastify.requireAdmin);

  fastify.post('/webhooks/test', { schema: { body: TestBody } }, async (request) => {
    return integrations.sendTestEvent(request.user.tid, request.body);
  });

  fastify.put('/webhooks', { schema: { body: Type.Object({ url: Type.Union([Type.String({ format: 'uri' }), Type.Null()]) }) } }, async (request) => {
    await tenants.setWebhookUrl(request.user.tid, request.body.url);
    return { ok: true };
  });

  fastify.get('/billing/invoices', async (request, reply) => {
    const tenant = await tenants.findById(request.user.tid);
    const customerId = tenant?.settings.billingCustomerId;
    if (typeof customerId !== 'string') return reply.code(404).send({ error: 'No billing account' });
    return integrations.listInvoices(customerId);
  });
};

export default integrationRoutes;
