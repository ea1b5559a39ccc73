import type { Kysely } from 'kysely';
import type { Database } from '../db/types';

export default class TenantRepository {
  private readonly db: Kysely<Database>;
  private readonly tenantId: number;

  constructor({ db, tenantId }: { db: Kysely<Database>; tenantId: number }) {
    this.db = db;
    this.tenantId = tenantId;
  }

  async current() {
    return this.db.selectFrom('tenants').selectAll().where('id', '=', this.tenantId).executeTakeFirstOrThrow();
  }

  async getSettings(): Promise<Record<string, any>> {
    const row = await this.db.selectFrom('tenants').select('settings').where('id', '=', this.tenantId).executeTakeFirst();
    return (row?.settings as Record<string, any>) ?? {};
  }

  async saveSettings(settings: Record<string, unknown>): Promise<void> {
    await this.db
      .updateTable('tenants')
      .set({ settings: JSON.stringify(settings) })
      .where('id', '=', this.tenantId)
      .execute();
  }
}
