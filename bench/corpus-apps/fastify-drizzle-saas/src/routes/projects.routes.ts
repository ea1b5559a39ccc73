import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '../db/client';
import { ProjectRepository } from '../repositories/project.repository';
import { ProjectService } from '../services/project.service';

const ListQuery = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('paused'), Type.Literal('done')])),
  sort: Type.Union([Type.Literal('name'), Type.Literal('created'), Type.Literal('updated'), Type.Literal('budget')], { default: 'updated' }),
  direction: Type.Union([Type.Literal('asc'), Type.Literal('desc')], { default: 'desc' }),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
  offset: Type.Integer({ minimum: 0, default: 0 }),
});

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

const CreateBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  tags: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 })),
  budgetCents: Type.Optional(Type.Integer({ minimum: 0 })),
});

const ShareBody = Type.Object({
  expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })),
  password: Type.Optional(Type.String({ minLength: 4, maxLength: 128 })),
});

const projectRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (fastify, opts) => {
  const service = new ProjectService(new ProjectRepository(opts.db));

  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get('/', { schema: { querystring: ListQuery } }, async (request) => {
    return service.list(request.user.tid, request.query);
  });

  // No schema: the search box sends whichever of q / tag / prefix applies.
  fastify.get('/search', async (request) => {
    const query = request.query as { q?: string; tag?: string; prefix?: string };
    return service.search(request.user.tid, query);
  });

  fastify.get('/:id', { schema: { params: IdParams } }, async (request) => {
    return service.get(request.user.tid, request.params.id);
  });

  fastify.post('/', { schema: { body: CreateBody } }, async (request, reply) => {
    const project = await service.create(request.user.tid, request.body);
    return reply.code(201).send(project);
  });

  fastify.post('/:id/share', { schema: { params: IdParams, body: ShareBody } }, async (request, reply) => {
    const link = await service.share(request.user.tid, request.params.id, request.body);
    return reply.code(201).send(link);
  });
};

export default projectRoutes;
