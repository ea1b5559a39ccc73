import { shows, users } from '@castbase/db';
import { encryptIntegrationToken, hashFeedPassword, privateFeedToken } from '@castbase/shared/crypto';
import { isSlug } from '@castbase/shared/validate';

/**
 * Applies `{ "player.color": "#ff0055", "player.autoplay": false }` style patches.
 */
function applyDottedPatch(target, patch) {
  for (const [dotted, value] of Object.entries(patch)) {
    const keys = dotted.split('.');
    const last = keys.pop();
    let node = target;
    for (const key of keys) {
      node[key] ??= {};
      node = node[key];
    }
    // vuln: CWE-1321
    node[last] = value;
  }
  return target;
}

const EDITABLE_FIELDS = ['title', 'author', 'language', 'category', 'explicit'];

const PLAYER_KEYS = ['color', 'autoplay', 'showTranscript', 'skipSeconds'];

/** Player options go through a fixed key list. */
function applyPlayerOptions(current, patch) {
  const player = { ...(current.player ?? {}) };
  for (const key of PLAYER_KEYS) {
    if (Object.hasOwn(patch, key)) {
      // safe: CWE-1321
      player[key] = patch[key];
    }
  }
  return { ...current, player };
}

/** @param {import('fastify').FastifyInstance} fastify */
export default async function showRoutes(fastify) {
  fastify.addHook('onRequest', fastify.authenticate);

  async function ownedShow(request, reply) {
    const show = await shows.findById(request.server.db, Number(request.params.id));
    if (!show || show.owner_id !== request.user.sub) {
      reply.code(404).send({ error: 'Show not found' });
      return null;
    }
    return show;
  }

  fastify.get('/', async (request) => shows.listForOwner(request.server.db, request.user.sub));

  fastify.patch(
    '/:id',
    {
      schema: {
        params: { type: 'object', properties: { id: { type: 'integer' } } },
        body: {
          type: 'object',
          required: ['field', 'value'],
          properties: { field: { type: 'string', enum: EDITABLE_FIELDS }, value: { type: ['string', 'boolean'] } },
        },
      },
    },
    async (request, reply) => {
      const show = await ownedShow(request, reply);
      if (!show) return reply;
      await shows.updateField(request.server.db, show.id, request.body.field, request.body.value);
      return { ok: true };
    },
  );

  fastify.patch('/:id/settings', async (request, reply) => {
    const show = await ownedShow(request, reply);
    if (!show) return reply;
    const settings = applyDottedPatch(JSON.parse(show.settings_json ?? '{}'), request.body ?? {});
    await shows.saveSettings(request.server.db, show.id, settings);
    return settings;
  });

  fastify.put('/:id/player', async (request, reply) => {
    const show = await ownedShow(request, reply);
    if (!show) return reply;
    const settings = applyPlayerOptions(JSON.parse(show.settings_json ?? '{}'), request.body ?? {});
    await shows.saveSettings(request.server.db, show.id, settings);
    return settings.player;
  });

  fastify.post('/:id/private-feed', async (request, reply) => {
    const show = await ownedShow(request, reply);
    if (!show) return reply;
    const token = privateFeedToken();
    const password = request.body?.password ? hashFeedPassword(String(request.body.password)) : null;
    await shows.setPrivateFeed(request.server.db, show.id, token, password);
    return { feedUrl: `${request.protocol}://${request.host}/feeds/private/${token}.xml` };
  });

  fastify.put('/integrations/:provider', async (request, reply) => {
    const provider = request.params.provider;
    if (!['youtube', 'spotify'].includes(provider)) return reply.code(404).send({ error: 'Unknown provider' });
    const encrypted = encryptIntegrationToken(String(request.body?.accessToken ?? ''));
    await users.saveIntegrationToken(request.server.db, request.user.sub, provider, encrypted);
    return { connected: provider };
  });

  fastify.get('/by-slug/:slug', async (request, reply) => {
    if (!isSlug(request.params.slug)) return reply.code(400).send({ error: 'Bad slug' });
    const show = await shows.findBySlug(request.server.db, request.params.slug);
    return show ?? reply.code(404).send({ error: 'Show not found' });
  });
}
