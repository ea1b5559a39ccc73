import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from './db';
import { events, projects } from './schema';

const BUCKETS = { kind: 'kind', day: "date_trunc('day', occurred_at)" } as const;

export class UsageRepository {
  constructor(private readonly db: Database) {}

  // sql.raw splices text in unescaped; the rest of the template is bound. The finding spans the query.
  async top(tenantId: string, orderBy: string) {
    // ruleid: js/sql-injection
    const result = await this.db.execute(sql`
      SELECT project_id, sum(units) AS units FROM usage_events
      WHERE tenant_id = ${tenantId}
      ORDER BY ${sql.raw(orderBy)} DESC`);
    return result.rows;
  }

  async totals(tenantId: string, bucket: keyof typeof BUCKETS) {
    // ok: js/sql-injection
    const result = await this.db.execute(sql`
      SELECT ${sql.raw(BUCKETS[bucket])} AS bucket, count(*) FROM usage_events
      WHERE tenant_id = ${tenantId} GROUP BY 1`);
    return result.rows;
  }

  search(tenantId: string, term: string) {
    return this.db
      .select()
      .from(projects)
      // ruleid: js/sql-injection
      .where(and(eq(projects.tenantId, tenantId), sql.raw(`name ILIKE '%${term}%'`)))
      .orderBy(desc(projects.createdAt));
  }

  byName(tenantId: string, term: string) {
    // ok: js/sql-injection
    return this.db.select().from(events).where(and(eq(events.tenantId, tenantId), sql`name ILIKE ${'%' + term + '%'}`));
  }
}
