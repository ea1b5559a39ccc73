import { venuesRepository } from '../repositories/venues.js';
import { escapeRegExp } from '../lib/html.js';
import { shuffle } from '../lib/tokens.js';

export default async function venueRoutes(fastify) {
  const venues = venuesRepository(fastify.pg);

  fastify.get('/', async (request, reply) => {
    const featured = await venues.search({ sort: 'capacity' });
    return reply.view('home.njk', { featured: shuffle(featured).slice(0, 6), user: request.user });
  });

  fastify.get('/venues', async (request, reply) => {
    const { q, city, minCapacity, sort, amenity } = request.query;
    let results = await venues.search({ city, minCapacity, sort });
    if (q) {
      const needle = new RegExp(escapeRegExp(q), 'i');
      // safe: CWE-400
      results = results.filter((v) => needle.test(v.name));
    }
    if (amenity) {
      // Power users type things like "projector|screen" here.
      // vuln: CWE-400, CWE-1333
      results = results.filter((v) => (v.amenities ?? []).some((a) => new RegExp(amenity, 'i').test(a)));
    }
    return reply.view('venues/search.njk', { q, city, sort, results, user: request.user });
  });

  fastify.get('/venues/:id', {
    schema: { params: { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] } },
  }, async (request, reply) => {
    const venue = await venues.byId(request.params.id);
    if (!venue) return reply.callNotFound();
    return reply.view('venues/show.njk', { venue, user: request.user, csrfToken: reply.generateCsrf() });
  });

  fastify.get('/venues/nearby', async (request) => {
    const { lat, lng, km } = request.query;
    return venues.nearby(lat, lng, km);
  });
}
