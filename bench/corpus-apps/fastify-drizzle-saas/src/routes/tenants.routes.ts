import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '../db/client';
import { TenantRepository } from '../repositories/tenant.repository';
import { TenantService } from '../services/tenant.service';

const BrandingBody = Type.Object(
  {
    primaryColor: Type.Optional(Type.String({ pattern: '^#[0-9a-fA-F]{6}$' })),
    accentColor: Type.Optional(Type.String({ pattern: '^#[0-9a-fA-F]{6}$' })),
    logoUrl: Type.Optional(Type.String({ format: 'uri', maxLength: 500 })),
    supportEmail: Type.Optional(Type.String({ format: 'email' })),
  },
  { additionalProperties: false },
);

const InviteBody = Type.Object({
  email: Type.String({ format: 'email' }),
  role: Type.Union([Type.Literal('admin'), Type.Literal('member')]),
});

const SlugBody = Type.Object({ slug: Type.String({ maxLength: 63 }) });

const tenantRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (fastify, opts) => {
  const repo = new TenantRepository(opts.db);
  const service = new TenantService(repo);

  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get('/current', async (request) => {
    const tenant = await repo.findById(request.user.tid);
    return tenant && { id: tenant.id, slug: tenant.slug, name: tenant.name, plan: tenant.plan, settings: tenant.settings };
  });

  fastify.patch('/current/settings', { onRequest: [fastify.requireAdmin] }, async (request) => {
    const { path, value } = request.body as { path: string; value: unknown };
    return service.updateSetting(request.user.tid, { path, value });
  });

  fastify.patch('/current/branding', { onRequest: [fastify.requireAdmin], schema: { body: BrandingBody } }, async (request) => {
    return service.updateBranding(request.user.tid, request.body);
  });

  fastify.put('/current/slug', { onRequest: [fastify.requireAdmin], schema: { body: SlugBody } }, async (request) => {
    return service.rename(request.user.tid, request.body.slug);
  });

  fastify.post('/current/invites', { onRequest: [fastify.requireAdmin], schema: { body: InviteBody } }, async (request, reply) => {
    const invite = await service.invite(request.user.tid, request.body.email, request.body.role);
    return reply.code(201).send(invite);
  });
};

export default tenantRoutes;
