// No multipart plugin: `request.file()` here is the app's own decorator (it returns a stored record).
import fs from 'node:fs';
import path from 'node:path';

export default async function fileRoutes(fastify) {
  fastify.decorateRequest('file', async function () { return { filename: 'report.pdf' }; });
  fastify.get('/report', async (request) => {
    const rec = await request.file();
    // ok: js/path-traversal
    return fs.readFileSync(path.join('/srv/reports', rec.filename));
  });
}
