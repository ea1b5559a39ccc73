import nunjucks from 'nunjucks';
import { venuesRepository } from '../repositories/venues.js';
import { bookingsRepository } from '../repositories/bookings.js';
import { invitesRepository } from '../repositories/invites.js';
import { inviteCode } from '../lib/tokens.js';
import { compileRule, standardSurcharge } from '../services/pricing.js';
import { setByPath, setEditable } from '../services/settings.js';
import { fetchBusySlots, geocode } from '../services/calendar.js';
import { renderForPreview } from '../services/mailer.js';

const STOCK_TEMPLATES = new Set(['booking-requested', 'booking-confirmed', 'booking-reminder']);
const SAMPLE = {
  user: { display_name: 'Sam Sample', email: 'sam@example.org' },
  booking: { reference: 'HK-0000000000', starts_at: '2026-12-24T18:00:00Z', price_cents: 12000 },
  venue: { name: 'St Mary\'s Hall', city: 'Leeds' },
};

export default async function adminRoutes(fastify) {
  const venues = venuesRepository(fastify.pg);
  const bookings = bookingsRepository(fastify.pg);
  const invites = invitesRepository(fastify.pg);

  fastify.addHook('preHandler', fastify.requireRole('manager', 'admin'));
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.method === 'GET') return done();
    return fastify.csrfProtection(request, reply, done);
  });

  fastify.get('/', async (request, reply) => {
    const upcoming = await bookings.listForVenue(request.user.venue_id, String(request.query.status ?? '').split(','));
    return reply.view('admin/dashboard.njk', { upcoming, user: request.user, csrfToken: reply.generateCsrf() });
  });

  fastify.post('/invites', async (request) => {
    const role = request.body.role === 'manager' ? 'manager' : 'staff';
    const code = inviteCode();
    await invites.create(code, request.user.venue_id, role, request.user.id);
    return { code };
  });

  // Managers write their own confirmation e-mail; the preview renders what they typed with sample data.
  fastify.post('/templates/preview', async (request, reply) => {
    const { source } = request.body;
    // vuln: CWE-1336
    const html = nunjucks.renderString(String(source ?? ''), SAMPLE);
    return reply.type('text/html; charset=utf-8').header('content-security-policy', "default-src 'none'").send(html);
  });

  fastify.get('/templates/:name/preview', async (request, reply) => {
    const { name } = request.params;
    if (!STOCK_TEMPLATES.has(name)) return reply.callNotFound();
    // safe: CWE-1336
    const html = renderForPreview(name, SAMPLE);
    return reply.type('text/html; charset=utf-8').send(html);
  });

  fastify.post('/pricing/test', async (request) => {
    const { expression, booking } = request.body;
    const rule = compileRule(String(expression));
    return { surcharge: Number(rule(booking ?? {})) || 0 };
  });

  fastify.post('/pricing/standard', async (request) => {
    const { rules, booking } = request.body;
    return { surcharge: standardSurcharge(Array.isArray(rules) ? rules : [], booking ?? {}) };
  });

  fastify.post('/settings', async (request) => {
    const { path: settingPath, value } = request.body;
    const current = await venues.settings(request.user.venue_id);
    const updated = setByPath(current, settingPath, value);
    await venues.saveSettings(request.user.venue_id, updated);
    return updated;
  });

  fastify.post('/settings/simple', async (request) => {
    const { path: settingPath, value } = request.body;
    const current = await venues.settings(request.user.venue_id);
    const updated = setEditable(current, String(settingPath), String(value ?? '').slice(0, 200));
    await venues.saveSettings(request.user.venue_id, updated);
    return updated;
  });

  fastify.post('/calendar/import', async (request) => {
    const { icsUrl } = request.body;
    const slots = await fetchBusySlots(icsUrl);
    await venues.setCalendarUrl(request.user.venue_id, icsUrl);
    return { imported: slots.length };
  });

  fastify.post('/location', async (request) => {
    const hit = await geocode(String(request.body.address ?? ''));
    return hit ?? { error: 'not found' };
  });

  fastify.put('/description', async (request) => {
    await venues.updateDescription(request.user.venue_id, String(request.body.html ?? ''));
    return { ok: true };
  });
}
