import { CompiledQuery, sql, type Kysely, type Selectable } from 'kysely';
import type { Database, JournalEntryTable, JournalLineTable } from '../db/types';

export type JournalEntry = Selectable<JournalEntryTable>;
export type JournalLine = Selectable<JournalLineTable>;

export interface NewLine {
  accountId: number;
  debit: string;
  credit: string;
  memo?: string;
}

export interface EntryFilter {
  from?: string;
  to?: string;
  accountId?: number;
  posted?: boolean;
}

export default class JournalRepository {
  private readonly db: Kysely<Database>;
  private readonly tenantId: number;

  constructor({ db, tenantId }: { db: Kysely<Database>; tenantId: number }) {
    this.db = db;
    this.tenantId = tenantId;
  }

  async createEntry(
    entry: { entryDate: string; reference: string; memo: string; createdBy: number },
    lines: NewLine[],
  ): Promise<JournalEntry> {
    return this.db.transaction().execute(async (trx) => {
      const created = await trx
        .insertInto('journal_entries')
        .values({
          tenant_id: this.tenantId,
          entry_date: entry.entryDate,
          reference: entry.reference,
          memo: entry.memo,
          created_by: entry.createdBy,
          posted: true,
        })
        .returningAll()
        .executeTakeFirstOrThrow();

      await trx
        .insertInto('journal_lines')
        .values(
          lines.map((line) => ({
            entry_id: created.id,
            tenant_id: this.tenantId,
            account_id: line.accountId,
            debit: line.debit,
            credit: line.credit,
            memo: line.memo ?? null,
          })),
        )
        .execute();

      return created;
    });
  }

  async listEntries(filter: EntryFilter, limit = 100): Promise<JournalEntry[]> {
    let query = this.db.selectFrom('journal_entries').selectAll().where('tenant_id', '=', this.tenantId);
    if (filter.from) query = query.where('entry_date', '>=', filter.from);
    if (filter.to) query = query.where('entry_date', '<=', filter.to);
    if (filter.posted !== undefined) query = query.where('posted', '=', filter.posted);
    if (filter.accountId) {
      const accountId = filter.accountId;
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('journal_lines')
            .select('journal_lines.id')
            .whereRef('journal_lines.entry_id', '=', 'journal_entries.id')
            .where('journal_lines.account_id', '=', accountId),
        ),
      );
    }
    return query.orderBy('entry_date', 'desc').limit(limit).execute();
  }

  async linesFor(entryId: number): Promise<JournalLine[]> {
    return this.db
      .selectFrom('journal_lines')
      .selectAll()
      .where('entry_id', '=', entryId)
      .where('tenant_id', '=', this.tenantId)
      .execute();
  }

  /** Full-text-ish memo search; the planner does better with a hand-written query here. */
  async searchMemo(text: string, limit: number): Promise<JournalEntry[]> {
    // vuln: CWE-89
    const result = await this.db.executeQuery<JournalEntry>(CompiledQuery.raw(`SELECT e.* FROM journal_entries e
        WHERE e.tenant_id = ${this.tenantId}
          AND (e.memo ILIKE '%${text}%' OR EXISTS (
                SELECT 1 FROM journal_lines l WHERE l.entry_id = e.id AND l.memo ILIKE '%${text}%'))
        ORDER BY e.entry_date DESC
        LIMIT ${limit}`));
    return result.rows;
  }

  async findByReference(reference: string): Promise<JournalEntry[]> {
    // safe: CWE-89
    const result = await this.db.executeQuery<JournalEntry>(CompiledQuery.raw(
      'SELECT * FROM journal_entries WHERE tenant_id = $1 AND reference = $2 ORDER BY entry_date DESC',
      [this.tenantId, reference],
    ));
    return result.rows;
  }

  async ledgerFor(accountId: number, from: string, to: string) {
    // safe: CWE-89
    const result = await sql<{ entry_date: string; reference: string; memo: string; debit: string; credit: string; running: string }>`
      SELECT e.entry_date, e.reference, coalesce(l.memo, e.memo) AS memo, l.debit, l.credit,
             sum(l.debit - l.credit) OVER (ORDER BY e.entry_date, e.id) AS running
        FROM journal_lines l
        JOIN journal_entries e ON e.id = l.entry_id
       WHERE l.tenant_id = ${this.tenantId}
         AND l.account_id = ${accountId}
         AND e.entry_date BETWEEN ${from} AND ${to}
       ORDER BY e.entry_date, e.id`.execute(this.db);
    return result.rows;
  }
}
