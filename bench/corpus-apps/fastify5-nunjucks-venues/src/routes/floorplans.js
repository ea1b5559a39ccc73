import { pipeline } from 'node:stream/promises';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import config from '../config.js';

export default async function floorplanRoutes(fastify) {
  const dirFor = (venueId) => path.join(config.floorplanDir, String(Number.parseInt(venueId, 10)));

  fastify.post('/', { preHandler: fastify.requireRole('manager', 'admin') }, async (request, reply) => {
    if (Number(request.params.venueId) !== request.user.venue_id) return reply.code(403).send({ error: 'not your venue' });
    const data = await request.file();
    if (!data) return reply.code(400).send({ error: 'file required' });
    const dir = dirFor(request.params.venueId);
    await fsp.mkdir(dir, { recursive: true });
    // Keep the manager's file name so the PDF list reads "Main hall.pdf", "Annex.pdf".
    // vuln: CWE-22
    await pipeline(data.file, fs.createWriteStream(path.join(dir, data.filename)));
    return reply.code(201).send({ file: data.filename });
  });

  fastify.get('/', async (request) => {
    const entries = await fsp.readdir(dirFor(request.params.venueId)).catch(() => []);
    return entries.filter((n) => n.endsWith('.pdf'));
  });

  fastify.get('/:file', async (request, reply) => {
    const name = path.basename(request.params.file);
    // safe: CWE-22
    return reply.type('application/pdf').sendFile(name, dirFor(request.params.venueId));
  });
}
