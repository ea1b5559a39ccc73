import type { Sql } from '../db/postgres'

const LEADERBOARD_METRICS = {
  solved: 'solved_count',
  replies: 'reply_count',
  firstResponse: 'avg_first_response_s',
} as const

export class ReportRepository {
  constructor(private readonly sql: Sql) {}

  async volumeBy(tenant: string, dimension: string, from: string, to: string) {
    const text = `SELECT ${dimension} AS bucket, COUNT(*)::int AS tickets
      FROM ticket_facts
      WHERE tenant = $1 AND created_at BETWEEN $2 AND $3
      GROUP BY ${dimension} ORDER BY tickets DESC`
    // vuln: CWE-89
    return this.sql.unsafe(text, [tenant, from, to])
  }

  async slaBreaches(tenant: string, since: Date) {
    // safe: CWE-89
    return this.sql`
      SELECT ticket_id, policy, breached_at
      FROM sla_events
      WHERE tenant = ${tenant} AND breached_at >= ${since}
      ORDER BY breached_at DESC`
  }

  async leaderboard(tenant: string, metric: string, limit: number) {
    const column = LEADERBOARD_METRICS[metric as keyof typeof LEADERBOARD_METRICS] ?? 'solved_count'
    // safe: CWE-89
    return this.sql`
      SELECT agent_id, agent_name, ${this.sql(column)} AS value
      FROM agent_daily_stats
      WHERE tenant = ${tenant}
      ORDER BY ${this.sql(column)} DESC
      LIMIT ${limit}`
  }

  async satisfaction(tenant: string, from: string, to: string) {
    return this.sql.unsafe(
      'SELECT date_trunc($4, rated_at) AS day, avg(score)::float AS csat FROM csat_ratings WHERE tenant = $1 AND rated_at BETWEEN $2 AND $3 GROUP BY 1 ORDER BY 1',
      [tenant, from, to, 'day'],
    )
  }
}
