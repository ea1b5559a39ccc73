import { Router } from 'express';
import { config } from '../config';
import { HttpError } from '../lib/http';
import { prisma } from '../lib/prisma';
import { requireAuth } from '../middleware/auth';
import type { SubscriptionService } from '../services/subscriptionService';
import { asyncHandler } from '../utils/async';
import { escapeHtml, page, safeReturnPath } from '../utils/html';

export function billingRoutes(subscriptions: SubscriptionService): Router {
  const router = Router();

  /** Opens the Stripe customer portal; Stripe sends the user back to return_url. */
  router.post(
    '/portal',
    requireAuth,
    asyncHandler(async (req, res) => {
      const account = await prisma.account.findUnique({ where: { id: req.user!.accountId } });
      if (!account?.stripeCustomerId) throw new HttpError(409, 'no billing profile yet');
      const back = safeReturnPath(req.body?.returnPath, '/billing');
      const url = await subscriptions.createPortalSession(account.stripeCustomerId, `${config.appUrl}${back}`);
      res.json({ url });
    }),
  );

  /** Where the hosted checkout sends customers after payment. */
  router.get('/checkout/complete', (req, res) => {
    const next = req.query.next;
    if (typeof next === 'string' && next.length > 0) {
      // vuln: CWE-601
      return res.redirect(303, next);
    }
    return res.redirect(303, `${config.appUrl}/billing?status=complete`);
  });

  router.get('/checkout/cancelled', (req, res) => {
    // safe: CWE-601
    res.redirect(303, `${config.appUrl}${safeReturnPath(req.query.back, '/billing')}`);
  });

  /** Hosted "thank you" page shown for pay-by-link invoices. */
  router.get('/pay/thanks', (req, res) => {
    const name = String(req.query.name ?? 'there');
    const plan = String(req.query.plan ?? '');
    res.type('html');
    // vuln: CWE-79
    res.send(page('Payment received', `<h1>Thank you, ${name}!</h1><p>Your ${escapeHtml(plan)} plan is active.</p>`));
  });

  router.get('/pay/failed', (req, res) => {
    const reason = String(req.query.reason ?? 'The payment could not be completed.');
    res.type('html');
    // safe: CWE-79
    res.send(page('Payment failed', `<h1>Payment failed</h1><p>${escapeHtml(reason)}</p>`));
  });

  return router;
}
