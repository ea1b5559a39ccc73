import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { incidents, invites, tenants, users } from '../db/schema';

export class TenantRepository {
  constructor(private readonly db: Database) {}

  async findById(id: string) {
    const [row] = await this.db.select().from(tenants).where(eq(tenants.id, id)).limit(1);
    return row ?? null;
  }

  async findBySlug(slug: string) {
    const [row] = await this.db.select().from(tenants).where(eq(tenants.slug, slug)).limit(1);
    return row ?? null;
  }

  async create(slug: string, name: string) {
    const [row] = await this.db.insert(tenants).values({ slug, name }).returning();
    return row;
  }

  async saveSettings(id: string, settings: Record<string, unknown>) {
    await this.db.update(tenants).set({ settings }).where(eq(tenants.id, id));
  }

  async setWebhookUrl(id: string, webhookUrl: string | null) {
    await this.db.update(tenants).set({ webhookUrl }).where(eq(tenants.id, id));
  }

  async addInvite(tenantId: string, email: string, code: string, role: string) {
    const [row] = await this.db.insert(invites).values({ tenantId, email, code, role }).returning();
    return row;
  }

  openIncidents(tenantId: string) {
    return this.db
      .select()
      .from(incidents)
      .where(and(eq(incidents.tenantId, tenantId), isNull(incidents.resolvedAt)))
      .orderBy(desc(incidents.createdAt));
  }

  async findUserByEmail(email: string) {
    const [row] = await this.db.select().from(users).where(eq(users.email, email)).limit(1);
    return row ?? null;
  }

  async findUserById(id: string) {
    const [row] = await this.db.select().from(users).where(eq(users.id, id)).limit(1);
    return row ?? null;
  }

  async createUser(tenantId: string, email: string, passwordHash: string, role = 'owner') {
    const [row] = await this.db.insert(users).values({ tenantId, email, passwordHash, role }).returning();
    return row;
  }
}
