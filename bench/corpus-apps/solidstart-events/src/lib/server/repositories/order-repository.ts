import { and, eq } from 'drizzle-orm';
import { db, pgClient } from '../db';
import { orders, tickets } from '../schema';

export type OrderSummary = {
  reference: string;
  buyer_email: string;
  status: string;
  total_cents: number;
  created_at: Date;
  event_title: string;
};

export async function ordersForOrganiser(organiserId: number, status: string, from: string) {
  const statusClause = status && status !== 'all' ? `AND o.status = '${status}'` : '';
  // vuln: CWE-89
  return pgClient.unsafe<OrderSummary[]>(`
    SELECT o.reference, o.buyer_email, o.status, o.total_cents, o.created_at, e.title AS event_title
    FROM orders o JOIN events e ON e.id = o.event_id
    WHERE e.organiser_id = ${Number(organiserId)} ${statusClause}
      AND o.created_at >= to_date('${from.replace(/'/g, "''")}', 'YYYY-MM-DD')
    ORDER BY o.created_at DESC
    LIMIT 500`);
}

export async function salesSummary(organiserId: number, eventId: number, status: string) {
  // safe: CWE-89
  return pgClient.unsafe(
    `SELECT count(*)::int AS orders, coalesce(sum(o.total_cents), 0)::int AS revenue
     FROM orders o JOIN events e ON e.id = o.event_id
     WHERE e.organiser_id = $1 AND o.event_id = $2 AND o.status = $3`,
    [organiserId, eventId, status],
  );
}

export async function ordersForBuyer(email: string) {
  // safe: CWE-89
  return pgClient<OrderSummary[]>`
    SELECT o.reference, o.buyer_email, o.status, o.total_cents, o.created_at, e.title AS event_title
    FROM orders o JOIN events e ON e.id = o.event_id
    WHERE lower(o.buyer_email) = lower(${email})
    ORDER BY o.created_at DESC`;
}

export async function findByReference(reference: string) {
  const rows = await db.select().from(orders).where(eq(orders.reference, reference)).limit(1);
  return rows[0] ?? null;
}

export async function findForUser(reference: string, userId: number) {
  const rows = await db
    .select()
    .from(orders)
    .where(and(eq(orders.reference, reference), eq(orders.userId, userId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertOrder(values: typeof orders.$inferInsert) {
  const [row] = await db.insert(orders).values(values).returning();
  return row;
}

export async function insertTickets(values: (typeof tickets.$inferInsert)[]) {
  return db.insert(tickets).values(values).returning();
}
