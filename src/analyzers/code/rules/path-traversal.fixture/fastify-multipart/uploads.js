// @fastify/multipart: `await request.file()` hands over the upload; its `filename` is the client's.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { pipeline } from 'node:stream/promises';

const UPLOADS = '/srv/uploads';
const TYPES = { 'image/png': '.png', 'application/pdf': '.pdf' };

export default async function uploadRoutes(fastify) {
  fastify.post('/docs', async (request, reply) => {
    const data = await request.file();
    // ruleid: js/path-traversal
    await pipeline(data.file, fs.createWriteStream(path.join(UPLOADS, data.filename)));
    return reply.code(201).send({ ok: true });
  });

  fastify.post('/scans', async (request) => {
    const part = await request.file({ limits: { fileSize: 1024 } });
    // ruleid: js/path-traversal
    fs.writeFileSync(path.join(UPLOADS, part.filename), await part.toBuffer());
    return { ok: true };
  });

  fastify.post('/avatars', async (request) => {
    const data = await request.file();
    const ext = TYPES[data.mimetype] ?? '.bin';
    const name = `${crypto.randomUUID()}${ext}`;
    // ok: js/path-traversal
    await pipeline(data.file, fs.createWriteStream(path.join(UPLOADS, name)));
    // ok: js/path-traversal
    await pipeline(data.file, fs.createWriteStream(path.join(UPLOADS, path.basename(data.filename))));
    return { name };
  });
}
