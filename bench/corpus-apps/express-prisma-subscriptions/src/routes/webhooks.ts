import express, { Router } from 'express';
import type { WebhookService } from '../services/webhookService';
import { asyncHandler } from '../utils/async';

export function webhookRoutes(webhooks: WebhookService): Router {
  const router = Router();
  router.use(express.raw({ type: '*/*', limit: '1mb' }));

  router.post(
    '/stripe',
    asyncHandler(async (req, res) => {
      await webhooks.handleStripe(req.body as Buffer, req.get('stripe-signature'));
      res.json({ received: true });
    }),
  );

  router.post(
    '/billing/v2',
    asyncHandler(async (req, res) => {
      await webhooks.handleLegacySigned(req.body as Buffer, req.get('x-billing-signature'));
      res.json({ received: true });
    }),
  );

  router.post(
    '/billing',
    asyncHandler(async (req, res) => {
      await webhooks.handleLegacy(req.body as Buffer, req.get('x-billing-signature'));
      res.json({ received: true });
    }),
  );

  return router;
}
