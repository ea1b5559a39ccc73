import db from '@adonisjs/lucid/services/db'
import Contact from '#models/contact'

export interface ContactRow {
  id: number
  first_name: string
  last_name: string
  email: string
  company: string | null
  created_at: string
}

const SORTABLE = new Set(['first_name', 'last_name', 'created_at', 'company'])

export default class ContactRepository {
  async search(workspaceId: number, term: string | undefined, sort = 'created_at', direction = 'desc', page = 1) {
    const column = SORTABLE.has(sort) ? sort : 'created_at'
    const dir = direction === 'asc' ? 'asc' : 'desc'
    const offset = (page - 1) * 25

    if (!term) {
      return db
        .from('contacts')
        .where('workspace_id', workspaceId)
        .orderBy(column, dir)
        .offset(offset)
        .limit(25)
    }

    // safe: CWE-89
    const result = await db.rawQuery(
      `SELECT id, first_name, last_name, email, company, created_at
         FROM contacts
        WHERE workspace_id = ?
          AND (first_name ILIKE ? OR last_name ILIKE ? OR email ILIKE ?)
        ORDER BY ${column} ${dir}
        LIMIT 25 OFFSET ?`,
      [workspaceId, `%${term}%`, `%${term}%`, `%${term}%`, offset]
    )
    return result.rows as ContactRow[]
  }

  async findByCompany(workspaceId: number, company: string) {
    const sql =
      'SELECT id, first_name, last_name, email, company, created_at FROM contacts ' +
      `WHERE workspace_id = ${Number(workspaceId)} AND company = '${company}' ORDER BY last_name`
    // vuln: CWE-89
    const result = await db.rawQuery(sql)
    return result.rows as ContactRow[]
  }

  async findByCustomField(workspaceId: number, field: string, value: string) {
    return db
      .from('contacts')
      .where('workspace_id', workspaceId)
      // safe: CWE-89
      .whereRaw('custom_fields ->> ? = ?', [field, value])
      .limit(100)
  }

  async find(workspaceId: number, id: number) {
    return Contact.query().where('workspace_id', workspaceId).where('id', id).firstOrFail()
  }

  async allForWorkspace(workspaceId: number) {
    return Contact.query().where('workspace_id', workspaceId).select('id', 'first_name', 'last_name', 'email', 'notes', 'custom_fields')
  }
}
