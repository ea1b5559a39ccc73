import type { Id, Params, ServiceInterface } from '@feathersjs/feathers'
import { NotFound, BadRequest } from '@feathersjs/errors'
import type { Knex } from 'knex'

import type { Application } from '../../declarations'

export interface WorkOrder {
  id: number
  orgId: number
  vehicleId: number
  title: string
  description: string
  status: 'open' | 'in_progress' | 'done'
  costCents: number
  createdAt: string
}

export type WorkOrderData = Pick<WorkOrder, 'vehicleId' | 'title' | 'description'> & { orgId?: number }

export interface WorkOrderQuery {
  search?: string
  status?: string
  vehicleId?: string
  sort?: string
  order?: string
  $limit?: string
  $skip?: string
  orgId?: number
}

export interface WorkOrderParams extends Params<WorkOrderQuery> {}

const SORTABLE: Record<string, string> = {
  created: 'wo.created_at',
  cost: 'wo.cost_cents',
  plate: 'v.plate',
  status: 'wo.status'
}

export class WorkOrderService implements ServiceInterface<WorkOrder, WorkOrderData, WorkOrderParams> {
  constructor(private db: Knex) {}

  async find(params?: WorkOrderParams) {
    const query = params?.query ?? {}
    const limit = Math.min(Number(query.$limit) || 25, 100)
    const skip = Math.max(Number(query.$skip) || 0, 0)

    const builder = this.db('work_orders as wo')
      .join('vehicles as v', 'v.id', 'wo.vehicle_id')
      .select('wo.*', 'v.plate')
      .where('wo.org_id', params?.orgId ?? -1)

    if (query.status) {
      // safe: CWE-89
      builder.andWhere('wo.status', String(query.status))
    }
    if (query.vehicleId) {
      builder.andWhere('wo.vehicle_id', Number(query.vehicleId))
    }
    if (query.search) {
      // full-text-ish search over title and description for the dashboard's search box
      // vuln: CWE-89
      builder.andWhereRaw(`(wo.title ILIKE '%${query.search}%' OR wo.description ILIKE '%${query.search}%')`)
    }

    const column = SORTABLE[String(query.sort)] ?? 'wo.created_at'
    const direction = query.order === 'asc' ? 'asc' : 'desc'
    // safe: CWE-89
    builder.orderBy(column, direction)

    const data = await builder.limit(limit).offset(skip)
    return { total: data.length, limit, skip, data }
  }

  async get(id: Id, params?: WorkOrderParams) {
    const row = await this.db('work_orders')
      .where({ id: Number(id), org_id: params?.orgId ?? -1 })
      .first()
    if (!row) throw new NotFound(`No work order ${id}`)
    return row
  }

  async create(data: WorkOrderData, params?: WorkOrderParams) {
    if (!data.title || !data.vehicleId) throw new BadRequest('title and vehicleId are required')
    const [row] = await this.db('work_orders')
      .insert({
        org_id: params?.orgId,
        vehicle_id: Number(data.vehicleId),
        title: String(data.title).slice(0, 200),
        description: String(data.description ?? ''),
        status: 'open',
        cost_cents: 0
      })
      .returning('*')
    return row
  }

  /** Workshop partners close orders with the final cost; notes are appended. */
  async patch(id: Id, data: Partial<WorkOrder> & { note?: string }, params?: WorkOrderParams) {
    const update: Record<string, unknown> = {}
    if (data.status) update.status = data.status
    if (data.costCents !== undefined) update.cost_cents = Number(data.costCents)
    if (data.note) {
      // safe: CWE-89
      update.description = this.db.raw(`description || E'\\n' || ?`, [String(data.note)])
    }
    const [row] = await this.db('work_orders')
      .where({ id: Number(id), org_id: params?.orgId ?? -1 })
      .update(update)
      .returning('*')
    if (!row) throw new NotFound(`No work order ${id}`)
    return row
  }
}

export const getOptions = (app: Application) => app.get('postgresqlClient')
