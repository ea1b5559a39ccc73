import { eq } from 'drizzle-orm';
import { db } from '../db';
import { users } from '../schema';

export async function findByEmail(email: string) {
  const rows = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return rows[0] ?? null;
}

export async function findById(id: number) {
  const rows = await db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.id, id));
  return rows[0] ?? null;
}

export async function insertUser(values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return row.id;
}
