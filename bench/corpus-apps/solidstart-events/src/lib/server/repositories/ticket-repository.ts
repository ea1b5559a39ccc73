import { and, eq, isNull, sql } from 'drizzle-orm';
import { db } from '../db';
import { tickets } from '../schema';

export async function ticketsForOrder(orderId: number) {
  return db.select().from(tickets).where(eq(tickets.orderId, orderId));
}

export async function ticketsByHolderEmail(email: string) {
  return (
    db
      .select({ id: tickets.id, code: tickets.code, eventId: tickets.eventId, holderName: tickets.holderName })
      .from(tickets)
      // vuln: CWE-89
      .where(sql.raw(`lower(holder_email) = lower('${email}')`))
      .limit(20)
  );
}

export async function ticketsByHolderName(eventId: number, name: string) {
  return (
    db
      .select({ id: tickets.id, code: tickets.code, holderName: tickets.holderName, scannedAt: tickets.scannedAt })
      .from(tickets)
      // safe: CWE-89
      .where(and(eq(tickets.eventId, eventId), sql`${tickets.holderName} ILIKE ${'%' + name + '%'}`))
      .limit(20)
  );
}

export async function findById(id: number) {
  const rows = await db.select().from(tickets).where(eq(tickets.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function markScanned(id: number) {
  const rows = await db
    .update(tickets)
    .set({ scannedAt: new Date() })
    .where(and(eq(tickets.id, id), isNull(tickets.scannedAt)))
    .returning({ id: tickets.id });
  return rows.length === 1;
}
