import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';

// Fastify validates params against the TypeBox schema before the handler runs: a UUID, an integer
// or a union of literals cannot climb out of a folder; a plain string can.
const ProjectParams = Type.Object({
  projectId: Type.String({ format: 'uuid' }),
  version: Type.Optional(Type.Integer({ minimum: 1 })),
  kind: Type.Union([Type.Literal('docs'), Type.Literal('media')]),
  name: Type.String({ maxLength: 255 }),
});

const fileRoutes: FastifyPluginAsyncTypebox<{ root: string }> = async (fastify, opts) => {
  fastify.post('/projects/:projectId/:kind/:version', { schema: { params: ProjectParams } }, async (request) => {
    const { projectId, kind, version } = request.params;
    const dir = path.join(opts.root, 'projects', projectId, kind, String(version));
    // ok: js/path-traversal
    await mkdir(dir, { recursive: true });
    return { dir };
  });

  fastify.get('/projects/:projectId/:kind/:name', { schema: { params: ProjectParams } }, async (request) => {
    const { projectId, name } = request.params;
    // ruleid: js/path-traversal
    return readFile(path.join(opts.root, 'projects', projectId, name));
  });

  // Without the schema the same id is text.
  fastify.get('/raw/:projectId', async (request) => {
    const { projectId } = request.params as { projectId: string };
    // ruleid: js/path-traversal
    await mkdir(path.join(opts.root, 'projects', projectId), { recursive: true });
  });
};

export default fileRoutes;
