import { Router } from 'express';
import { z } from 'zod';
import { requireAuth, requireRole } from '../middleware/auth';
import type { ExportService } from '../services/exportService';
import type { SubscriptionService } from '../services/subscriptionService';
import { asyncHandler } from '../utils/async';

const exportQuery = z.object({
  since: z.coerce.date().default(() => new Date(Date.now() - 365 * 86400_000)),
  file: z.string().min(1).max(200).default('customers.csv'),
});

export function adminRoutes(deps: { subscriptions: SubscriptionService; exports: ExportService }): Router {
  const router = Router();
  router.use(requireAuth, requireRole('owner', 'admin'));

  router.get(
    '/customers/search',
    asyncHandler(async (req, res) => {
      const q = String(req.query.q ?? '');
      const limit = Number(req.query.limit ?? 50);
      res.json(await deps.subscriptions.searchCustomers(req.user!.accountId, q, limit));
    }),
  );

  router.get(
    '/customers/by-email',
    asyncHandler(async (req, res) => {
      res.json(await deps.subscriptions.findCustomerByEmail(req.user!.accountId, String(req.query.email ?? '')));
    }),
  );

  router.get(
    '/reports/revenue',
    asyncHandler(async (req, res) => {
      const groupBy = typeof req.query.groupBy === 'string' ? req.query.groupBy : undefined;
      const from = typeof req.query.from === 'string' ? req.query.from : undefined;
      const rows = await deps.subscriptions.revenueReport(req.user!.accountId, groupBy, from);
      res.json(rows.map((r) => ({ ...r, subscriptions: Number(r.subscriptions), revenue_cents: Number(r.revenue_cents) })));
    }),
  );

  router.post(
    '/exports/customers',
    asyncHandler(async (req, res) => {
      const { since, file } = exportQuery.parse({ ...req.query, ...req.body });
      const job = await deps.exports.exportCustomers(req.user!.accountId, since, file);
      res.status(201).json(job);
    }),
  );

  router.post(
    '/exports/subscriptions',
    asyncHandler(async (req, res) => {
      res.status(201).json(await deps.exports.exportSubscriptions(req.user!.accountId));
    }),
  );

  router.get(
    '/exports/:id/download',
    asyncHandler(async (req, res) => {
      const { file, name } = await deps.exports.resolveExport(req.user!.accountId, req.params.id);
      // safe: CWE-22
      res.download(file, name);
    }),
  );

  return router;
}
