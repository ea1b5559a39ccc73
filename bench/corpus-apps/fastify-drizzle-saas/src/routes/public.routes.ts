import type { FastifyPluginAsync } from 'fastify';
import type { Database } from '../db/client';
import { TenantRepository } from '../repositories/tenant.repository';
import { UsageRepository } from '../repositories/usage.repository';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const publicRoutes: FastifyPluginAsync<{ db: Database }> = async (fastify, opts) => {
  const tenants = new TenantRepository(opts.db);
  const usage = new UsageRepository(opts.db);

  /** Hosted status page: https://status.tenantly.io/<slug>?q=api */
  fastify.get('/status/:slug', async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const { q = '' } = request.query as { q?: string };
    const tenant = await tenants.findBySlug(slug);
    if (!tenant) return reply.code(404).type('text/html').send('<h1>Status page not found</h1>');
    const open = await tenants.openIncidents(tenant.id);
    const shown = q ? open.filter((i) => i.title.toLowerCase().includes(q.toLowerCase())) : open;
    if (shown.length === 0 && q) {
      // vuln: CWE-79
      return reply.type('text/html').send(`<h1>${escapeHtml(tenant.name)} status</h1><p>No open incidents match <b>${q}</b>.</p>`);
    }
    const items = shown.map((i) => `<li class="sev-${escapeHtml(i.severity)}">${escapeHtml(i.title)}</li>`).join('');
    // safe: CWE-79
    return reply.type('text/html').send(`<h1>${escapeHtml(tenant.name)} status</h1><p>Filter: ${escapeHtml(q)}</p><ul>${items}</ul>`);
  });

  /** Usage badge for the embeddable widget. */
  fastify.get('/widget/usage', { onRequest: [fastify.resolveTenant] }, async (request) => {
    if (!request.tenantId) return { plan: 'anonymous', units: 0 };
    const tenant = await tenants.findById(request.tenantId);
    const totals = await usage.summary(request.tenantId);
    return { tenant: tenant?.name, plan: tenant?.plan, ...totals };
  });
};

export default publicRoutes;
