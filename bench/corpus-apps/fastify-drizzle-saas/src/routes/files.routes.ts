import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import path from 'node:path';
import { FileService } from '../services/file.service';

const ProjectParams = Type.Object({ projectId: Type.String({ format: 'uuid' }) });
const AttachmentParams = Type.Object({ projectId: Type.String({ format: 'uuid' }), name: Type.String({ maxLength: 255 }) });

const fileRoutes: FastifyPluginAsyncTypebox<{ storageDir: string }> = async (fastify, opts) => {
  const files = new FileService(opts.storageDir);

  fastify.addHook('onRequest', fastify.authenticate);

  fastify.post('/projects/:projectId/attachments', { schema: { params: ProjectParams } }, async (request, reply) => {
    const stored = [];
    for await (const part of request.files({ limits: { fileSize: 25 * 1024 * 1024, files: 10 } })) {
      stored.push(await files.storeAttachment(request.user.tid, request.params.projectId, part));
    }
    return reply.code(201).send({ stored });
  });

  fastify.get('/projects/:projectId/attachments/:name', { schema: { params: AttachmentParams } }, async (request, reply) => {
    const { projectId, name } = request.params;
    const { stream, size } = await files.openAttachment(request.user.tid, projectId, name);
    return reply
      .header('content-length', size)
      .header('content-disposition', `attachment; filename="${encodeURIComponent(path.basename(name))}"`)
      .type('application/octet-stream')
      .send(stream);
  });

  fastify.put('/logo', { onRequest: [fastify.requireAdmin] }, async (request, reply) => {
    const part = await request.file({ limits: { fileSize: 2 * 1024 * 1024 } });
    if (!part) return reply.code(400).send({ error: 'No file' });
    return { url: await files.storeLogo(request.user.tid, part) };
  });
};

export default fileRoutes;
