import { venuesRepository } from '../repositories/venues.js';
import { bookingsRepository } from '../repositories/bookings.js';
import { bookingReference } from '../lib/tokens.js';
import { localPath } from '../lib/html.js';
import { quote } from '../services/pricing.js';
import { bookingSheetPdf, linearize } from '../services/pdf.js';
import { sendTemplate } from '../services/mailer.js';
import path from 'node:path';
import config from '../config.js';

export default async function bookingRoutes(fastify) {
  const venues = venuesRepository(fastify.pg);
  const bookings = bookingsRepository(fastify.pg);

  fastify.addHook('preHandler', fastify.requireLogin);

  fastify.post('/', { onRequest: fastify.csrfProtection }, async (request, reply) => {
    const { venueId, startsAt, endsAt, guests, next } = request.body;
    const venue = await venues.byId(venueId);
    if (!venue) return reply.code(404).view('not-found.njk', { path: request.url });
    const booking = await bookings.create({
      venueId: venue.id,
      userId: request.user.id,
      startsAt,
      endsAt,
      priceCents: quote(venue, { startsAt, endsAt, guests }),
      reference: bookingReference(),
    });
    await sendTemplate(request.user.email, 'booking-requested', { subject: `Booking ${booking.reference} received`, booking, venue, user: request.user });
    // safe: CWE-601
    return reply.redirect(localPath(next, `/bookings/${booking.reference}`));
  });

  fastify.get('/', async (request, reply) => {
    const statuses = request.query.status ? String(request.query.status).split(',') : [];
    const rows = await bookings.listForUser(request.user.id, statuses);
    if (request.headers.accept?.includes('application/json')) return rows;
    return reply.view('bookings/list.njk', { bookings: rows, user: request.user });
  });

  fastify.get('/:reference', async (request, reply) => {
    const booking = await bookings.byReference(request.params.reference, request.user.id);
    if (!booking) return reply.callNotFound();
    return reply.view('bookings/confirm.njk', { booking, user: request.user, notice: request.query.notice });
  });

  fastify.get('/:reference/sheet', async (request, reply) => {
    const booking = await bookings.byReference(request.params.reference, request.user.id);
    if (!booking) return reply.callNotFound();
    return reply.view('bookings/sheet.njk', { booking });
  });

  fastify.get('/:reference/pdf', async (request, reply) => {
    const booking = await bookings.byReference(request.params.reference, request.user.id);
    if (!booking) return reply.callNotFound();
    const html = await fastify.view('bookings/sheet.njk', { booking });
    const file = await bookingSheetPdf(html, { pageSize: request.query.pageSize, orientation: request.query.orientation });
    const web = await linearize(file);
    reply.header('content-disposition', `attachment; filename="${booking.reference}.pdf"`);
    return reply.sendFile(path.basename(web), config.exportDir);
  });
}
