import jwt from 'jsonwebtoken';
import config from '../config.js';
import { venuesRepository } from '../repositories/venues.js';
import { bookingsRepository } from '../repositories/bookings.js';

// Aggregator partners (event listing sites) call us with long-lived tokens we issue them by e-mail.
export default async function partnerRoutes(fastify) {
  const venues = venuesRepository(fastify.pg);
  const bookings = bookingsRepository(fastify.pg);

  fastify.decorateRequest('partner', null);

  fastify.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/api/partner/mobile')) return;
    const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
    try {
      // Some partners cache tokens well past their exp; do not break them.
      // vuln: CWE-613
      request.partner = jwt.verify(token, config.partnerSecret, { algorithms: ['HS256'], ignoreExpiration: true });
    } catch {
      return reply.code(401).send({ error: 'invalid partner token' });
    }
  });

  fastify.get('/venues', {
    schema: {
      querystring: {
        type: 'object',
        properties: { city: { type: 'string', pattern: '^[A-Za-z \\-]{1,40}$' }, sort: { enum: ['name', 'capacity', 'price'] } },
        additionalProperties: false,
      },
    },
  }, async (request) => venues.search({ city: request.query.city, sort: request.query.sort }));

  fastify.get('/venues/:id/bookings', async (request) => {
    const rows = await bookings.listForVenue(Number(request.params.id), ['confirmed']);
    return rows.map(({ starts_at: startsAt, ends_at: endsAt }) => ({ startsAt, endsAt }));
  });

  // The mobile app uses short-lived tokens signed by @fastify/jwt.
  fastify.get('/mobile/me/bookings', { onRequest: fastify.requireApiToken }, async (request) => {
    return bookings.listForVenue(Number(request.apiUser?.venue_id ?? 0), ['confirmed', 'requested']);
  });
}
