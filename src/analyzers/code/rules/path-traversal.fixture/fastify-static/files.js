import fs from 'node:fs';
import path from 'node:path';

const INVOICE_DIR = path.resolve('var/invoices');

export default async function fileRoutes(fastify) {
  // @fastify/static serves from its root, and `send` refuses names that climb out of it.
  fastify.get('/docs/:file', async (request, reply) => {
    // ok: js/path-traversal
    return reply.sendFile(request.params.file);
  });

  fastify.get('/price-lists/:file', async (request, reply) => {
    // ok: js/path-traversal
    return reply.download(request.params.file, 'prices.pdf');
  });

  // The name joined to a folder by hand climbs out with `../`.
  fastify.get('/invoices/download', async (request, reply) => {
    const file = path.join(INVOICE_DIR, String(request.query.name ?? ''));
    // ruleid: js/path-traversal
    return reply.type('application/pdf').send(fs.createReadStream(file));
  });
}
