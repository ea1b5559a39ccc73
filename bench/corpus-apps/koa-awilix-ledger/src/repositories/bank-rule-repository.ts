import type { Kysely, Selectable } from 'kysely';
import type { BankRuleTable, Database } from '../db/types';

export type BankRule = Selectable<BankRuleTable>;

export default class BankRuleRepository {
  private readonly db: Kysely<Database>;
  private readonly tenantId: number;

  constructor({ db, tenantId }: { db: Kysely<Database>; tenantId: number }) {
    this.db = db;
    this.tenantId = tenantId;
  }

  async all(): Promise<BankRule[]> {
    return this.db.selectFrom('bank_rules').selectAll().where('tenant_id', '=', this.tenantId).orderBy('id').execute();
  }

  async create(pattern: string, accountId: number): Promise<BankRule> {
    return this.db
      .insertInto('bank_rules')
      .values({ tenant_id: this.tenantId, pattern, account_id: accountId })
      .returningAll()
      .executeTakeFirstOrThrow();
  }
}
