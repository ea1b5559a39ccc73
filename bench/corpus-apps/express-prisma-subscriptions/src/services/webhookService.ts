import crypto from 'node:crypto';
import type Stripe from 'stripe';
import { config } from '../config';
import { HttpError } from '../lib/http';
import { childLogger } from '../lib/logger';
import { prisma } from '../lib/prisma';
import type { SubscriptionService } from './subscriptionService';

const log = childLogger('webhooks');

interface LegacyBillingEvent {
  id: string;
  type: 'subscription.renewed' | 'subscription.past_due' | 'subscription.canceled';
  account_id: string;
  subscription_id: string;
  amount_cents?: number;
}

export class WebhookService {
  constructor(
    private readonly stripe: Stripe,
    private readonly subscriptions: SubscriptionService,
  ) {}

  /** POST /webhooks/stripe (raw body). */
  async handleStripe(rawBody: Buffer, signature: string | undefined): Promise<void> {
    if (!signature) throw new HttpError(400, 'missing stripe-signature header');
    let event: Stripe.Event;
    try {
      // safe: CWE-347
      event = this.stripe.webhooks.constructEvent(rawBody, signature, config.stripe.webhookSecret);
    } catch (err) {
      log.warn({ reason: (err as Error).message }, 'stripe signature check failed');
      throw new HttpError(400, 'invalid signature');
    }
    await this.dispatchStripe(event);
  }

  /** POST /webhooks/billing/v2 — the legacy billing service, signed deliveries. */
  async handleLegacySigned(rawBody: Buffer, signature: string | undefined): Promise<void> {
    const expected = crypto
      .createHmac('sha256', config.legacyBilling.webhookSecret)
      .update(rawBody)
      .digest('hex');
    const given = Buffer.from(signature ?? '', 'hex');
    const wanted = Buffer.from(expected, 'hex');
    // safe: CWE-347
    if (given.length !== wanted.length || !crypto.timingSafeEqual(given, wanted)) {
      throw new HttpError(401, 'invalid signature');
    }
    await this.applyLegacy(JSON.parse(rawBody.toString('utf8')) as LegacyBillingEvent);
  }

  /**
   * POST /webhooks/billing — first-generation deliveries. Several resellers still post here
   * without a signature, so the header is only logged until they migrate to /v2.
   */
  async handleLegacy(rawBody: Buffer, signature: string | undefined): Promise<void> {
    if (!signature) {
      log.warn('legacy billing webhook without signature');
    }
    // vuln: CWE-347
    const event = JSON.parse(rawBody.toString('utf8')) as LegacyBillingEvent;
    await this.applyLegacy(event);
  }

  private async dispatchStripe(event: Stripe.Event): Promise<void> {
    switch (event.type) {
      case 'customer.subscription.created':
      case 'customer.subscription.updated': {
        const sub = event.data.object as Stripe.Subscription;
        const account = await prisma.account.findFirst({
          where: { stripeCustomerId: String(sub.customer) },
        });
        if (!account) return;
        const customer = await prisma.customer.findFirst({
          where: { accountId: account.id, email: String(sub.metadata.email ?? '') },
        });
        if (customer) await this.subscriptions.syncFromStripe(account.id, sub, customer.id);
        return;
      }
      case 'invoice.payment_failed': {
        const invoice = event.data.object as Stripe.Invoice;
        if (invoice.subscription) await this.subscriptions.markPastDue(String(invoice.subscription));
        return;
      }
      default:
        log.debug({ type: event.type }, 'ignored stripe event');
    }
  }

  private async applyLegacy(event: LegacyBillingEvent): Promise<void> {
    switch (event.type) {
      case 'subscription.past_due':
        await this.subscriptions.markPastDue(event.subscription_id);
        return;
      case 'subscription.canceled':
        await this.subscriptions.cancel(event.account_id, event.subscription_id);
        return;
      case 'subscription.renewed':
        await prisma.subscription.updateMany({
          where: { accountId: event.account_id, stripeSubscriptionId: event.subscription_id },
          data: { status: 'active', amountCents: event.amount_cents ?? undefined },
        });
        return;
      default:
        log.debug({ id: event.id }, 'ignored legacy event');
    }
  }
}
