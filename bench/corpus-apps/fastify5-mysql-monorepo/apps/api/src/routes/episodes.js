import { episodes, shows } from '@castbase/db';
import { clampBitrate, parseTags } from '@castbase/shared/validate';

/** @param {import('fastify').FastifyInstance} fastify */
export default async function episodeRoutes(fastify) {
  // Public: used by the web player and creators' sites.
  fastify.get('/by-show/:slug', async (request, reply) => {
    const show = await shows.findBySlug(request.server.db, request.params.slug);
    if (!show || show.is_private) return reply.code(404).send({ error: 'Show not found' });
    const { sort, dir, page } = request.query;
    return episodes.listForShow(request.server.db, show.id, { sort, dir, page });
  });

  fastify.get('/preview/:id', async (request, reply) => {
    const claims = fastify.embedClaims(request);
    const episode = await episodes.findById(request.server.db, request.params.id);
    if (!episode) return reply.code(404).send({ error: 'Episode not found' });
    if (episode.status !== 'published' && claims?.showId !== episode.show_id) {
      return reply.code(404).send({ error: 'Episode not found' });
    }
    return { id: episode.id, title: episode.title, notes: episode.notes, media: `/files/media/${episode.media_file}` };
  });

  fastify.register(async function creatorRoutes(creator) {
    creator.addHook('onRequest', fastify.authenticate);

    creator.get('/search', async (request) => {
      const q = String(request.query.q ?? '').trim();
      if (!q) return [];
      return episodes.search(request.server.db, request.user.sub, q);
    });

    creator.post(
      '/',
      {
        schema: {
          body: {
            type: 'object',
            required: ['showId', 'title'],
            properties: {
              showId: { type: 'integer' },
              title: { type: 'string', minLength: 1, maxLength: 200 },
              notes: { type: 'string', maxLength: 20000 },
              tags: { type: 'string', maxLength: 2000 },
            },
          },
        },
      },
      async (request, reply) => {
        const { showId, title, notes, tags } = request.body;
        const show = await shows.findById(request.server.db, showId);
        if (!show || show.owner_id !== request.user.sub) return reply.code(404).send({ error: 'Show not found' });
        const id = await episodes.create(request.server.db, showId, { title, notes, tags: parseTags(tags) });
        return reply.code(201).send({ id });
      },
    );

    /**
     * Queues processing of an uploaded master file. `filenamePattern` lets creators name the
     * published file, e.g. "${show.slug}-ep${episode.number}".
     */
    creator.post('/:id/process', async (request, reply) => {
      const episode = await episodes.findById(request.server.db, request.params.id);
      const show = episode && (await shows.findById(request.server.db, episode.show_id));
      if (!show || show.owner_id !== request.user.sub) return reply.code(404).send({ error: 'Episode not found' });
      const { upload, bitrate, filenamePattern } = request.body ?? {};
      const jobId = await episodes.enqueueJob(request.server.db, 'transcode', {
        episodeId: episode.id,
        ownerId: request.user.sub,
        upload: String(upload),
        bitrate: clampBitrate(bitrate),
        title: episode.title,
        artist: show.author,
        showSlug: show.slug,
        number: episode.number,
        filenamePattern: filenamePattern || '${show.slug}-${episode.id}',
      });
      return reply.code(202).send({ jobId });
    });
  });
}
