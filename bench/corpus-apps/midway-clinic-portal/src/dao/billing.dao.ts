import { Provide, Scope, ScopeEnum, Config, Init, Destroy } from '@midwayjs/core';
import { createPool, Pool, RowDataPacket } from 'mysql2/promise';
import { BillingDbConfig } from '../interface';

/**
 * The billing system lives in a separate MySQL schema owned by the accounting vendor;
 * it is read through a plain mysql2 pool instead of TypeORM entities.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class BillingDao {
  @Config('billingDb')
  dbConfig: BillingDbConfig;

  private pool: Pool;

  @Init()
  async init() {
    this.pool = createPool({ ...this.dbConfig, connectionLimit: 5, namedPlaceholders: false });
  }

  @Destroy()
  async close() {
    await this.pool.end();
  }

  async invoicesForPatient(mrn: string, status: string) {
    // safe: CWE-89
    const [rows] = await this.pool.execute<RowDataPacket[]>(
      'SELECT invoice_no, issued_on, total_cents, status FROM invoices WHERE patient_mrn = ? AND status = ? ORDER BY issued_on DESC',
      [mrn, status],
    );
    return rows;
  }

  async searchClaims(clinicId: number, term: string) {
    const sql =
      'SELECT c.claim_no, c.member_id, c.amount_cents, c.state FROM claims c ' +
      `WHERE c.clinic_id = ${Number(clinicId)} AND (c.claim_no LIKE '${term}%' OR c.member_id = '${term}') ` +
      'ORDER BY c.created_at DESC LIMIT 50';
    // vuln: CWE-89
    const [rows] = await this.pool.query<RowDataPacket[]>(sql);
    return rows;
  }

  async claimsByIds(ids: number[]) {
    // safe: CWE-89
    const [rows] = await this.pool.query<RowDataPacket[]>('SELECT claim_no, state FROM claims WHERE id IN (?)', [ids]);
    return rows;
  }
}
