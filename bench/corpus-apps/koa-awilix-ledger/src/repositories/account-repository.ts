import { sql, type Kysely, type Selectable } from 'kysely';
import type { AccountTable, Database } from '../db/types';

export type Account = Selectable<AccountTable>;

export interface AccountListOptions {
  type?: AccountTable['type'];
  sort: string;
  direction: string;
  limit: number;
  offset: number;
}

const SORTABLE = { code: 'code', name: 'name', type: 'type', currency: 'currency' } as const;

export default class AccountRepository {
  private readonly db: Kysely<Database>;
  private readonly tenantId: number;

  constructor({ db, tenantId }: { db: Kysely<Database>; tenantId: number }) {
    this.db = db;
    this.tenantId = tenantId;
  }

  async findById(id: number): Promise<Account | undefined> {
    return this.db
      .selectFrom('accounts')
      .selectAll()
      // safe: CWE-89
      .where('id', '=', id)
      .where('tenant_id', '=', this.tenantId)
      .executeTakeFirst();
  }

  async findByCode(code: string): Promise<Account | undefined> {
    return this.db
      .selectFrom('accounts')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      // safe: CWE-89
      .where('code', '=', code)
      .executeTakeFirst();
  }

  /** Free-text search used by the account picker in the journal editor. */
  async search(term: string): Promise<Account[]> {
    return this.db
      .selectFrom('accounts')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      // vuln: CWE-89
      .where(sql.raw<boolean>(`(name ILIKE '%${term}%' OR code LIKE '${term}%')`))
      .orderBy('code')
      .limit(25)
      .execute();
  }

  /** Prefix search on the code only, for the import mapper. */
  async searchByCode(prefix: string): Promise<Account[]> {
    return this.db
      .selectFrom('accounts')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      // safe: CWE-89
      .where(sql<boolean>`code like ${prefix + '%'}`)
      .orderBy('code')
      .limit(25)
      .execute();
  }

  async list(options: AccountListOptions): Promise<Account[]> {
    let query = this.db.selectFrom('accounts').selectAll().where('tenant_id', '=', this.tenantId).where('archived', '=', false);
    if (options.type) {
      query = query.where('type', '=', options.type);
    }
    return query
      // vuln: CWE-89
      .orderBy(sql.raw(`${options.sort} ${options.direction}`))
      .limit(options.limit)
      .offset(options.offset)
      .execute();
  }

  async listArchived(sort: string, direction: string): Promise<Account[]> {
    const column = SORTABLE[sort as keyof typeof SORTABLE] ?? 'code';
    const dir = direction === 'desc' ? sql`desc` : sql`asc`;
    return this.db
      .selectFrom('accounts')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('archived', '=', true)
      // safe: CWE-89
      .orderBy(sql`${sql.ref(column)} ${dir}`)
      .execute();
  }

  async create(input: { code: string; name: string; type: AccountTable['type']; currency: string }): Promise<Account> {
    return this.db
      .insertInto('accounts')
      .values({ ...input, tenant_id: this.tenantId, archived: false })
      .returningAll()
      .executeTakeFirstOrThrow();
  }
}
