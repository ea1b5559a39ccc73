import { episodes, shows } from '@castbase/db';
import { feedEtag, hashFeedPassword } from '@castbase/shared/crypto';
import { importFromFeed, parseOpml, purgeCdn } from '../services/feedImporter.js';
import { config } from '../config.js';

function xmlEscape(value) {
  return String(value ?? '').replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]);
}

function renderRss(show, items, base) {
  const entries = items
    .map(
      (ep) => `    <item>
      <title>${xmlEscape(ep.title)}</title>
      <guid isPermaLink="false">castbase-${ep.id}</guid>
      <enclosure url="${xmlEscape(`${base}/files/media/${show.owner_id}/${ep.media_file}`)}" type="audio/mpeg"/>
      <pubDate>${new Date(ep.published_at).toUTCString()}</pubDate>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
  <channel>
    <title>${xmlEscape(show.title)}</title>
    <itunes:author>${xmlEscape(show.author)}</itunes:author>
${entries}
  </channel>
</rss>`;
}

/** @param {import('fastify').FastifyInstance} fastify */
export default async function feedRoutes(fastify) {
  fastify.get('/:slug.xml', async (request, reply) => {
    const show = await shows.findBySlug(request.server.db, request.params.slug);
    if (!show || show.is_private) return reply.code(404).send('Not found');
    const items = await episodes.listForShow(request.server.db, show.id, {});
    const xml = renderRss(show, items, config.publicUrl);
    reply.header('etag', feedEtag(xml)).type('application/rss+xml; charset=utf-8');
    // safe: CWE-79
    return reply.send(xml);
  });

  fastify.get('/private/:token.xml', async (request, reply) => {
    const show = await shows.findByFeedToken(request.server.db, request.params.token);
    if (!show) return reply.code(404).send('Not found');
    if (show.feed_password_hash) {
      const [, encoded = ''] = String(request.headers.authorization ?? '').split(' ');
      const [, password = ''] = Buffer.from(encoded, 'base64').toString('utf8').split(':');
      if (hashFeedPassword(password) !== show.feed_password_hash) {
        return reply.code(401).header('www-authenticate', 'Basic realm="Private feed"').send('Password required');
      }
    }
    const items = await episodes.listForShow(request.server.db, show.id, {});
    return reply.type('application/rss+xml; charset=utf-8').send(renderRss(show, items, config.publicUrl));
  });

  fastify.register(async function creatorFeeds(creator) {
    creator.addHook('onRequest', fastify.authenticate);

    creator.post('/import', async (request, reply) => {
      const { showId, feedUrl } = request.body ?? {};
      const show = await shows.findById(request.server.db, Number(showId));
      if (!show || show.owner_id !== request.user.sub) return reply.code(404).send({ error: 'Show not found' });
      const result = await importFromFeed(request.server.db, show.id, String(feedUrl), request.log);
      await purgeCdn(show.slug, config.cdnApiKey, config.cdnPurgeUrl);
      return result;
    });

    creator.post('/opml', async (request, reply) => {
      const part = await request.file();
      if (!part) return reply.code(400).send({ error: 'No file' });
      return parseOpml((await part.toBuffer()).toString('utf8'));
    });
  });
}
