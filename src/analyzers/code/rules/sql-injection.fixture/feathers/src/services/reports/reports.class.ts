import type { Id, Params, ServiceInterface } from '@feathersjs/feathers'
import type { Knex } from 'knex'

export interface ReportParams extends Params {}

export class ReportService implements ServiceInterface<any, any, ReportParams> {
  constructor(private db: Knex) {}

  async find(params?: ReportParams) {
    const { from } = params?.query ?? {}
    // ruleid: js/sql-injection
    return this.db.raw(`select * from reports where created_at > '${from}'`)
  }

  async get(id: Id, params?: ReportParams) {
    // ruleid: js/sql-injection
    return this.db.raw('select * from reports where id = ' + id)
  }

  async create(data: any, params?: ReportParams) {
    // ruleid: js/sql-injection
    await this.db.raw(`insert into reports (title) values ('${data.title}')`)
    // ok: js/sql-injection
    await this.db.raw('insert into audit (title) values (?)', [data.title])
    return data
  }

  async patch(id: Id, data: any, params?: ReportParams) {
    // ok: js/sql-injection
    return this.db('reports').where({ id }).update({ title: data.title })
  }

  // Not a service method: nothing here comes from a client.
  async rebuild(table: string) {
    // ok: js/sql-injection
    return this.db.raw(`refresh materialized view ${table}`)
  }
}
