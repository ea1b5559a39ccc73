import type { Kysely, Selectable } from 'kysely';
import type { Database, PortalClientTable } from '../db/types';

export type PortalClient = Selectable<PortalClientTable>;

export default class PortalClientRepository {
  private readonly db: Kysely<Database>;

  constructor({ db }: { db: Kysely<Database> }) {
    this.db = db;
  }

  async findByLogin(tenantSlug: string, email: string): Promise<PortalClient | undefined> {
    return this.db
      .selectFrom('portal_clients as p')
      .innerJoin('tenants as t', 't.id', 'p.tenant_id')
      .selectAll('p')
      .where('t.slug', '=', tenantSlug)
      // safe: CWE-89
      .where('p.email', '=', email.toLowerCase())
      .executeTakeFirst();
  }

  async findById(id: number): Promise<PortalClient | undefined> {
    return this.db.selectFrom('portal_clients').selectAll().where('id', '=', id).executeTakeFirst();
  }
}
