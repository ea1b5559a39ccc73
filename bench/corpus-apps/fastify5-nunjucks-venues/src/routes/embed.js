import { venuesRepository } from '../repositories/venues.js';
import { escapeHtml } from '../lib/html.js';
import config from '../config.js';

const THEMES = new Set(['light', 'dark']);

// Small availability widget that parish and club websites drop into an <iframe>.
export default async function embedRoutes(fastify) {
  const venues = venuesRepository(fastify.pg);

  fastify.get('/:venueId', async (request, reply) => {
    const venue = await venues.byId(request.params.venueId);
    if (!venue) return reply.code(404).send('unknown venue');
    const theme = THEMES.has(request.query.theme) ? request.query.theme : 'light';
    const heading = request.query.heading ?? `Book ${venue.name}`;
    const html = `<!doctype html><html><head><link rel="stylesheet" href="/assets/css/site.css"></head>
      <body class="embed ${theme}">
        <h3>${heading}</h3>
        <p>${escapeHtml(venue.city)} &middot; up to ${Number(venue.capacity)} guests</p>
        <a target="_top" href="${config.publicUrl}/venues/${Number(venue.id)}">Check dates</a>
      </body></html>`;
    // vuln: CWE-79
    return reply.type('text/html; charset=utf-8').header('content-security-policy', 'frame-ancestors *').send(html);
  });

  fastify.get('/:venueId/badge', async (request, reply) => {
    const venue = await venues.byId(request.params.venueId);
    if (!venue) return reply.code(404).send('unknown venue');
    const label = escapeHtml(request.query.label ?? venue.name);
    // safe: CWE-79
    return reply.type('text/html; charset=utf-8').send(`<span class="hk-badge">${label}</span>`);
  });
}
