import { knex as defaultKnex } from '../db/knex.js'

export class BaseRepository {
  constructor(table, db = defaultKnex) {
    this.table = table
    this.db = db
  }

  query() {
    return this.db(this.table)
  }

  findById(id) {
    return this.query().where({ id }).first()
  }

  async insert(row) {
    const [created] = await this.query().insert(row).returning('*')
    return created
  }

  async update(id, patch) {
    const [updated] = await this.query().where({ id }).update(patch).returning('*')
    return updated
  }
}
