import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/types';

export interface BalanceRow {
  group_key: string;
  debit: string;
  credit: string;
  balance: string;
}

const PNL_GROUPS = { type: 'a.type', currency: 'a.currency', account: 'a.code' } as const;

export default class ReportRepository {
  private readonly db: Kysely<Database>;
  private readonly tenantId: number;

  constructor({ db, tenantId }: { db: Kysely<Database>; tenantId: number }) {
    this.db = db;
    this.tenantId = tenantId;
  }

  /**
   * Trial balance as of a date, grouped by an account column ("a.code", "a.type", ...)
   * chosen in the report builder.
   */
  async trialBalance(asOf: string, groupColumn: string): Promise<BalanceRow[]> {
    // vuln: CWE-89
    const result = await sql<BalanceRow>`SELECT ${sql.raw(groupColumn)} AS group_key,
             sum(l.debit) AS debit, sum(l.credit) AS credit, sum(l.debit - l.credit) AS balance
        FROM journal_lines l
        JOIN journal_entries e ON e.id = l.entry_id
        JOIN accounts a ON a.id = l.account_id
       WHERE l.tenant_id = ${this.tenantId} AND e.posted AND e.entry_date <= ${asOf}
       GROUP BY 1
       ORDER BY 1`.execute(this.db);
    return result.rows;
  }

  async profitAndLoss(from: string, to: string, groupBy: keyof typeof PNL_GROUPS): Promise<BalanceRow[]> {
    const column = Object.hasOwn(PNL_GROUPS, groupBy) ? PNL_GROUPS[groupBy] : PNL_GROUPS.account;
    // safe: CWE-89
    const result = await sql<BalanceRow>`SELECT ${sql.ref(column)} AS group_key,
             sum(l.debit) AS debit, sum(l.credit) AS credit, sum(l.credit - l.debit) AS balance
        FROM journal_lines l
        JOIN journal_entries e ON e.id = l.entry_id
        JOIN accounts a ON a.id = l.account_id
       WHERE l.tenant_id = ${this.tenantId}
         AND a.type IN ('income', 'expense')
         AND e.entry_date BETWEEN ${from} AND ${to}
       GROUP BY 1
       ORDER BY 1`.execute(this.db);
    return result.rows;
  }

  async agedReceivables(bucketDays: number) {
    return this.db
      .selectFrom('journal_lines as l')
      .innerJoin('journal_entries as e', 'e.id', 'l.entry_id')
      .innerJoin('accounts as a', 'a.id', 'l.account_id')
      .select([
        'a.code',
        sql<number>`floor((current_date - e.entry_date::date) / ${bucketDays})`.as('bucket'),
        sql<string>`sum(l.debit - l.credit)`.as('outstanding'),
      ])
      .where('l.tenant_id', '=', this.tenantId)
      .where('a.type', '=', 'asset')
      .groupBy(['a.code', 'bucket'])
      .execute();
  }
}
