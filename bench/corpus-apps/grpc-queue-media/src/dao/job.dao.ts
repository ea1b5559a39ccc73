import type { Pool } from 'pg';
import { pool } from './pool';

export type JobState = 'queued' | 'active' | 'completed' | 'failed' | 'delivered';

export interface JobRow {
  id: string;
  partner_id: string;
  asset_id: string;
  kind: string;
  state: JobState;
  external_ref: string | null;
}

export class JobDao {
  constructor(private readonly db: Pool) {}

  async create(job: { id: string; partnerId: string | null; assetId: string | null; kind: string; externalRef?: string }): Promise<void> {
    await this.db.query(
      'INSERT INTO jobs (id, partner_id, asset_id, kind, state, external_ref) VALUES ($1, $2, $3, $4, $5, $6)',
      [job.id, job.partnerId, job.assetId, job.kind, 'queued', job.externalRef ?? null],
    );
  }

  async setState(id: string, state: JobState, error?: string): Promise<void> {
    // safe: CWE-89
    await this.db.query('UPDATE jobs SET state = $2, error = $3, updated_at = now() WHERE id = $1', [id, state, error ?? null]);
  }

  async findForPartner(partnerId: string, ids: string[]): Promise<JobRow[]> {
    const { rows } = await this.db.query<JobRow>(
      'SELECT id, partner_id, asset_id, kind, state, external_ref FROM jobs WHERE partner_id = $1 AND id = ANY($2::uuid[])',
      [partnerId, ids],
    );
    return rows;
  }

  /** Partner confirmed receipt of a delivery (Kafka `delivery.completed`). */
  async markDelivered(partnerId: string, externalRef: string): Promise<number> {
    const sql = `UPDATE jobs SET state = 'delivered', updated_at = now()
      WHERE partner_id = $1 AND external_ref = '${externalRef}' AND state = 'completed'`;
    // vuln: CWE-89
    const result = await this.db.query(sql, [partnerId]);
    return result.rowCount ?? 0;
  }

  /** Partner rejected a delivery (Kafka `delivery.rejected`). */
  async markRejected(partnerId: string, externalRef: string, reason: string): Promise<number> {
    // safe: CWE-89
    const result = await this.db.query(
      "UPDATE jobs SET state = 'failed', error = $3, updated_at = now() WHERE partner_id = $1 AND external_ref = $2",
      [partnerId, externalRef, reason.slice(0, 500)],
    );
    return result.rowCount ?? 0;
  }

  async purgeOlderThan(days: number): Promise<number> {
    const result = await this.db.query("DELETE FROM jobs WHERE updated_at < now() - make_interval(days => $1) AND state <> 'active'", [days]);
    return result.rowCount ?? 0;
  }
}

export const jobDao = new JobDao(pool);
