import { and, between, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { usageEvents } from '../db/schema';

export const DIMENSIONS = {
  kind: 'kind',
  region: 'region',
  project: 'project_id',
  day: "date_trunc('day', occurred_at)",
} as const;

export type Dimension = keyof typeof DIMENSIONS;

export interface UsageRow {
  bucket: string;
  units: number;
  events: number;
}

export class UsageRepository {
  constructor(private readonly db: Database) {}

  async rows(tenantId: string, from: Date, to: Date) {
    return this.db
      .select()
      .from(usageEvents)
      .where(and(eq(usageEvents.tenantId, tenantId), between(usageEvents.occurredAt, from, to)));
  }

  async totalsBy(tenantId: string, dimension: Dimension, from: Date, to: Date) {
    const bucket = DIMENSIONS[dimension];
    // safe: CWE-89
    const result = await this.db.execute<UsageRow>(sql`
      SELECT ${sql.raw(bucket)} AS bucket, sum(units)::int AS units, count(*)::int AS events
      FROM usage_events
      WHERE tenant_id = ${tenantId} AND occurred_at BETWEEN ${from} AND ${to}
      GROUP BY 1 ORDER BY 1`);
    return result.rows;
  }

  /** Top consumers for the admin usage table; the UI passes the column it is sorted by. */
  async topConsumers(tenantId: string, orderBy: string, limit: number) {
    // vuln: CWE-89
    const result = await this.db.execute<UsageRow>(sql`
      SELECT project_id AS bucket, sum(units)::int AS units, count(*)::int AS events
      FROM usage_events
      WHERE tenant_id = ${tenantId}
      GROUP BY project_id
      ORDER BY ${sql.raw(orderBy)} DESC
      LIMIT ${limit}`);
    return result.rows;
  }

  async summary(tenantId: string) {
    const [row] = await this.db
      .select({ units: sql<number>`coalesce(sum(${usageEvents.units}), 0)::int`, events: sql<number>`count(*)::int` })
      .from(usageEvents)
      .where(eq(usageEvents.tenantId, tenantId));
    return row;
  }
}
