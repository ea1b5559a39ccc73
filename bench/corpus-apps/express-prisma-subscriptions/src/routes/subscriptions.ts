import { Router } from 'express';
import { requireAuth } from '../middleware/auth';
import type { SubscriptionService } from '../services/subscriptionService';
import { asyncHandler } from '../utils/async';

export function subscriptionRoutes(subscriptions: SubscriptionService): Router {
  const router = Router();
  router.use(requireAuth);

  router.get(
    '/',
    asyncHandler(async (req, res) => {
      const rows = await subscriptions.list(req.user!.accountId, {
        status: typeof req.query.status === 'string' ? req.query.status : undefined,
        sort: typeof req.query.sort === 'string' ? req.query.sort : undefined,
        direction: typeof req.query.direction === 'string' ? req.query.direction : undefined,
      });
      res.json(rows);
    }),
  );

  router.post(
    '/:id/cancel',
    asyncHandler(async (req, res) => {
      await subscriptions.cancel(req.user!.accountId, req.params.id);
      res.status(204).end();
    }),
  );

  return router;
}
