import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { episodes } from '@castbase/db';
import { config } from '../config.js';

const AUDIO_TYPES = { 'audio/mpeg': '.mp3', 'audio/wav': '.wav', 'audio/x-wav': '.wav', 'audio/flac': '.flac', 'audio/mp4': '.m4a' };

/** @param {import('fastify').FastifyInstance} fastify */
export default async function mediaRoutes(fastify) {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.post('/upload', async (request, reply) => {
    const part = await request.file();
    if (!part) return reply.code(400).send({ error: 'No file' });
    const ext = AUDIO_TYPES[part.mimetype];
    if (!ext) return reply.code(415).send({ error: 'Unsupported audio type' });
    const name = `${request.user.sub}-${randomUUID()}${ext}`;
    // safe: CWE-22
    await pipeline(part.file, createWriteStream(path.join(config.uploadsDir, name)));
    return reply.code(201).send({ upload: name });
  });

  /** Import a bundle exported from another host (zip with audio, artwork and metadata.json). */
  fastify.post('/bundles', async (request, reply) => {
    const part = await request.file();
    if (!part || !part.filename.endsWith('.zip')) return reply.code(400).send({ error: 'Upload a .zip bundle' });
    const name = `bundle-${randomUUID()}.zip`;
    await pipeline(part.file, createWriteStream(path.join(config.uploadsDir, name)));
    const jobId = await episodes.enqueueJob(request.server.db, 'bundle', { userId: request.user.sub, bundle: name });
    return reply.code(202).send({ jobId });
  });

  /** Download the original master (creators re-edit and re-upload). */
  fastify.get('/originals', async (request, reply) => {
    const name = String(request.query.name ?? '');
    const file = path.join(config.uploadsDir, name);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return reply.code(404).send({ error: 'Not found' });
    reply.header('content-length', info.size);
    reply.header('content-disposition', `attachment; filename="${path.basename(file)}"`);
    // vuln: CWE-22
    return reply.send(createReadStream(file));
  });

  /** Processed renditions, per user folder. */
  fastify.get('/renditions/:name', async (request, reply) => {
    const root = path.resolve(config.mediaDir, String(request.user.sub));
    const file = path.resolve(root, request.params.name);
    if (!file.startsWith(root + path.sep)) return reply.code(400).send({ error: 'Bad file name' });
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return reply.code(404).send({ error: 'Not found' });
    reply.type('audio/mpeg');
    // safe: CWE-22
    return reply.send(createReadStream(file));
  });
}
