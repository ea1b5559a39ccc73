import type { Params, ServiceInterface } from '@feathersjs/feathers'
import { BadRequest } from '@feathersjs/errors'
import type { Knex } from 'knex'

export interface ReportQuery {
  kind?: 'costs' | 'fuel'
  groupBy?: string
  from?: string
  to?: string
  vehicleId?: string
}

export interface ReportParams extends Params<ReportQuery> {}

export interface ReportRow {
  bucket: string
  total: number
}

const FUEL_BUCKETS: Record<string, string> = {
  month: `date_trunc('month', f.filled_at)`,
  week: `date_trunc('week', f.filled_at)`,
  vehicle: 'v.plate'
}

export class ReportService implements ServiceInterface<ReportRow[], unknown, ReportParams> {
  constructor(private db: Knex) {}

  async find(params?: ReportParams): Promise<ReportRow[]> {
    const query = params?.query ?? {}
    if (query.kind === 'fuel') return this.fuel(params?.orgId ?? -1, query)
    return this.costs(params?.orgId ?? -1, query)
  }

  /** Maintenance cost per bucket; the dashboard sends groupBy=month|vehicle|status and a from date. */
  private async costs(orgId: number, query: ReportQuery) {
    const groupBy = query.groupBy || `date_trunc('month', wo.created_at)`
    const from = query.from || '1970-01-01'
    const sql = `
      SELECT ${groupBy} AS bucket, SUM(wo.cost_cents)::int AS total
        FROM work_orders wo
        JOIN vehicles v ON v.id = wo.vehicle_id
       WHERE wo.org_id = ${orgId} AND wo.created_at >= '${from}'
       GROUP BY 1
       ORDER BY 1`
    // vuln: CWE-89
    const result = await this.db.raw(sql)
    return result.rows
  }

  /** Fuel litres per bucket, same shape, written later with bindings. */
  private async fuel(orgId: number, query: ReportQuery) {
    const bucket = FUEL_BUCKETS[String(query.groupBy)]
    if (!bucket) throw new BadRequest('groupBy must be month, week or vehicle')
    const from = query.from ? new Date(query.from) : new Date(0)
    const to = query.to ? new Date(query.to) : new Date()
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw new BadRequest('Invalid date range')
    // safe: CWE-89
    const result = await this.db.raw(
      `SELECT ${bucket} AS bucket, SUM(f.litres)::float AS total
         FROM fuel_logs f JOIN vehicles v ON v.id = f.vehicle_id
        WHERE v.org_id = ? AND f.filled_at BETWEEN ? AND ?
        GROUP BY 1 ORDER BY 1`,
      [orgId, from, to]
    )
    return result.rows
  }
}
