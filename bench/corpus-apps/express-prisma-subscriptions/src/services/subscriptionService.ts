import type Stripe from 'stripe';
import { HttpError } from '../lib/http';
import { customerRepository } from '../repositories/customerRepository';
import { subscriptionRepository, type ListOptions } from '../repositories/subscriptionRepository';

const REPORT_GROUPS = ['plan_code', 'status'] as const;

export class SubscriptionService {
  constructor(private readonly stripe: Stripe) {}

  list(accountId: string, opts: ListOptions) {
    return subscriptionRepository.listForAccount(accountId, opts);
  }

  searchCustomers(accountId: string, term: string, limit?: number) {
    return customerRepository.search(accountId, term.trim(), limit);
  }

  findCustomerByEmail(accountId: string, email: string) {
    return customerRepository.findByEmail(accountId, email);
  }

  revenueReport(accountId: string, groupBy: string | undefined, from: string | undefined) {
    const group = groupBy ?? REPORT_GROUPS[0];
    const since = from ?? new Date(Date.now() - 30 * 86400_000).toISOString().slice(0, 10);
    return subscriptionRepository.revenueReport(accountId, group, since);
  }

  async cancel(accountId: string, id: string) {
    const { count } = await subscriptionRepository.cancel(accountId, id);
    if (count === 0) throw new HttpError(404, 'subscription not found');
  }

  async createPortalSession(stripeCustomerId: string, returnUrl: string) {
    const session = await this.stripe.billingPortal.sessions.create({
      customer: stripeCustomerId,
      return_url: returnUrl,
    });
    return session.url;
  }

  async syncFromStripe(accountId: string, sub: Stripe.Subscription, customerId: string) {
    const item = sub.items.data[0];
    await subscriptionRepository.upsertFromStripe({
      accountId,
      customerId,
      stripeSubscriptionId: sub.id,
      planCode: item?.price.lookup_key ?? item?.price.id ?? 'unknown',
      status: sub.status,
      amountCents: item?.price.unit_amount ?? 0,
      currentPeriodEnd: new Date(sub.current_period_end * 1000),
    });
  }

  markPastDue(stripeSubscriptionId: string) {
    return subscriptionRepository.markPastDue(stripeSubscriptionId);
  }
}
