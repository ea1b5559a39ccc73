import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '../db/client';
import { UsageRepository } from '../repositories/usage.repository';
import { ReportService } from '../services/report.service';

const TotalsQuery = Type.Object({
  by: Type.Union([Type.Literal('kind'), Type.Literal('region'), Type.Literal('project'), Type.Literal('day')]),
  from: Type.String({ format: 'date' }),
  to: Type.String({ format: 'date' }),
});

const PdfBody = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 120 }),
  by: Type.Union([Type.Literal('kind'), Type.Literal('region'), Type.Literal('project'), Type.Literal('day')]),
  from: Type.String({ format: 'date' }),
  to: Type.String({ format: 'date' }),
});

const reportRoutes: FastifyPluginAsyncTypebox<{ db: Database; storageDir: string }> = async (fastify, opts) => {
  const reports = new ReportService(new UsageRepository(opts.db), opts.storageDir);

  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get('/usage', { schema: { querystring: TotalsQuery } }, async (request) => {
    const { by, from, to } = request.query;
    return reports.totals(request.user.tid, by, new Date(from), new Date(to));
  });

  fastify.get('/usage/top', async (request) => {
    const { orderBy = 'units', limit = '10' } = request.query as { orderBy?: string; limit?: string };
    return reports.topConsumers(request.user.tid, orderBy, Math.min(Number(limit) || 10, 100));
  });

  fastify.post('/exports/csv', { onRequest: [fastify.requireAdmin] }, async (request, reply) => {
    const { fileName, from, to } = request.body as { fileName: string; from: string; to: string };
    const url = await reports.exportArchive(request.user.tid, { fileName, from, to });
    return reply.code(201).send({ url });
  });

  fastify.post('/exports/pdf', { schema: { body: PdfBody } }, async (request, reply) => {
    const { title, by, from, to } = request.body;
    const url = await reports.exportPdf(request.user.tid, title, by, new Date(from), new Date(to));
    return reply.code(201).send({ url });
  });
};

export default reportRoutes;
