import { Router } from 'express';
import Stripe from 'stripe';
import { config } from '../config';
import { AuthService } from '../services/authService';
import { ExportService } from '../services/exportService';
import { IntegrationService } from '../services/integrationService';
import { MailService } from '../services/mailService';
import { SubscriptionService } from '../services/subscriptionService';
import { WebhookService } from '../services/webhookService';
import { accountRoutes } from './account';
import { adminRoutes } from './admin';
import { authRoutes } from './auth';
import { billingRoutes } from './billing';
import { invoiceRoutes } from './invoices';
import { subscriptionRoutes } from './subscriptions';

export function buildServices() {
  const stripe = new Stripe(config.stripe.apiKey, { apiVersion: '2024-04-10' });
  const subscriptions = new SubscriptionService(stripe);
  return {
    stripe,
    subscriptions,
    auth: new AuthService(),
    exports: new ExportService(),
    mail: new MailService(),
    integrations: new IntegrationService(),
    webhooks: new WebhookService(stripe, subscriptions),
  };
}

export type Services = ReturnType<typeof buildServices>;

export function apiRouter(services: Services): Router {
  const router = Router();
  router.use('/auth', authRoutes(services.auth));
  router.use('/subscriptions', subscriptionRoutes(services.subscriptions));
  router.use('/billing', billingRoutes(services.subscriptions));
  router.use('/invoices', invoiceRoutes());
  router.use('/account', accountRoutes(services));
  router.use('/admin', adminRoutes(services));
  return router;
}
