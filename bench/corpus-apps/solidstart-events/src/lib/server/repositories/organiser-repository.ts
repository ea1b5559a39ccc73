import { eq } from 'drizzle-orm';
import { db } from '../db';
import { discountRules, organisers } from '../schema';

export async function findByEmail(email: string) {
  const rows = await db.select().from(organisers).where(eq(organisers.email, email.toLowerCase())).limit(1);
  return rows[0] ?? null;
}

export async function findById(id: number) {
  const rows = await db.select().from(organisers).where(eq(organisers.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertOrganiser(values: typeof organisers.$inferInsert) {
  const [row] = await db.insert(organisers).values(values).returning({ id: organisers.id });
  return row.id;
}

export async function saveSettings(id: number, settings: Record<string, unknown>) {
  await db.update(organisers).set({ settings }).where(eq(organisers.id, id));
}

export async function saveWebhookUrl(id: number, webhookUrl: string | null) {
  await db.update(organisers).set({ webhookUrl }).where(eq(organisers.id, id));
}

export async function saveEmailTemplate(id: number, emailTemplate: string) {
  await db.update(organisers).set({ emailTemplate }).where(eq(organisers.id, id));
}

export async function rulesForEvent(eventId: number) {
  return db.select().from(discountRules).where(eq(discountRules.eventId, eventId));
}

export async function insertRule(values: typeof discountRules.$inferInsert) {
  await db.insert(discountRules).values(values);
}
