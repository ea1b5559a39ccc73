import { Prisma } from '@prisma/client';
import { prisma } from '../lib/prisma';

export interface SubscriptionRow {
  id: string;
  plan_code: string;
  status: string;
  amount_cents: number;
  current_period_end: Date;
  customer_email: string;
}

export interface RevenueRow {
  bucket: string;
  subscriptions: bigint;
  revenue_cents: bigint;
}

const SORT_COLUMNS: Record<string, string> = {
  created: 's.created_at',
  renewal: 's.current_period_end',
  amount: 's.amount_cents',
};

export interface ListOptions {
  status?: string;
  sort?: string;
  direction?: string;
}

export const subscriptionRepository = {
  findByStripeId(stripeSubscriptionId: string) {
    return prisma.subscription.findUnique({ where: { stripeSubscriptionId } });
  },

  async listForAccount(accountId: string, opts: ListOptions): Promise<SubscriptionRow[]> {
    const column = SORT_COLUMNS[opts.sort ?? 'created'] ?? SORT_COLUMNS.created;
    const direction = opts.direction === 'asc' ? 'ASC' : 'DESC';
    const statusFilter = opts.status ? Prisma.sql`AND s.status = ${opts.status}` : Prisma.empty;
    // safe: CWE-89
    return prisma.$queryRaw<SubscriptionRow[]>`
      SELECT s.id, s.plan_code, s.status, s.amount_cents, s.current_period_end, c.email AS customer_email
      FROM subscriptions s
      JOIN customers c ON c.id = s.customer_id
      WHERE s.account_id = ${accountId} ${statusFilter}
      ORDER BY ${Prisma.raw(column)} ${Prisma.raw(direction)}
      LIMIT 200`;
  },

  /** Revenue report for the admin dashboard, grouped by plan, status or month. */
  async revenueReport(accountId: string, groupBy: string, from: string): Promise<RevenueRow[]> {
    // vuln: CWE-89
    return prisma.$queryRawUnsafe<RevenueRow[]>(
      `SELECT ${groupBy} AS bucket, count(*) AS subscriptions, sum(amount_cents) AS revenue_cents
       FROM subscriptions
       WHERE account_id = $1 AND created_at >= '${from}'
       GROUP BY ${groupBy}
       ORDER BY revenue_cents DESC`,
      accountId,
    );
  },

  async markPastDue(stripeSubscriptionId: string): Promise<number> {
    // safe: CWE-89
    return prisma.$executeRaw`
      UPDATE subscriptions SET status = 'past_due'
      WHERE stripe_subscription_id = ${stripeSubscriptionId} AND status = 'active'`;
  },

  upsertFromStripe(data: {
    accountId: string;
    customerId: string;
    stripeSubscriptionId: string;
    planCode: string;
    status: string;
    amountCents: number;
    currentPeriodEnd: Date;
  }) {
    return prisma.subscription.upsert({
      where: { stripeSubscriptionId: data.stripeSubscriptionId },
      create: data,
      update: {
        planCode: data.planCode,
        status: data.status,
        amountCents: data.amountCents,
        currentPeriodEnd: data.currentPeriodEnd,
      },
    });
  },

  cancel(accountId: string, id: string) {
    return prisma.subscription.updateMany({ where: { id, accountId }, data: { status: 'canceled' } });
  },
};
