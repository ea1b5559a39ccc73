import type { FastifyInstance } from 'fastify';
import { UsageRepository } from './usage.repository';
import { ReportService } from './report.service';

export default async function reportRoutes(fastify: FastifyInstance, opts: { db: any }) {
  const reports = new ReportService(new UsageRepository(opts.db));

  fastify.get('/usage/top', async (request) => {
    const { orderBy = 'units' } = request.query as { orderBy?: string };
    return reports.top(request.user.tid, orderBy);
  });

  fastify.get('/usage', { schema: { querystring: { type: 'object', properties: { by: { enum: ['kind', 'day'] } } } } }, async (request) => {
    const { by } = request.query as { by: 'kind' | 'day' };
    return reports.totals(request.user.tid, by);
  });

  fastify.get('/search', async (request) => {
    const { q = '' } = request.query as { q?: string };
    return reports.search(request.user.tid, q);
  });
}
