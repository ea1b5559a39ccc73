import { BaseRepository } from './BaseRepository.js'

const SORT_COLUMNS = {
  newest: 'published_at',
  salary: 'salary_max',
  title: 'title',
}

export class JobRepository extends BaseRepository {
  constructor(db) {
    super('jobs', db)
  }

  /**
   * Public search on the board. `term` is matched against title and
   * company, `location` is an exact city match.
   */
  search({ term, location, remote, page = 1 }) {
    const q = this.query()
      .select('id', 'title', 'company_name', 'location', 'remote', 'salary_min', 'salary_max', 'published_at')
      .where('status', 'published')

    if (term) {
      // safe: CWE-89
      q.whereRaw('(title ILIKE ? OR company_name ILIKE ?)', [`%${term}%`, `%${term}%`])
    }
    if (location) {
      q.where('location', location)
    }
    if (remote === 'true') {
      q.where('remote', true)
    }
    return q.orderBy('published_at', 'desc').limit(20).offset((Number(page) - 1) * 20)
  }

  /**
   * Employer dashboard listing; the grid sends `sort=column:direction`.
   */
  listForEmployer(employerId, sort = 'created_at:desc') {
    const [column, direction = 'desc'] = String(sort).split(':')
    return this.query()
      .select('id', 'title', 'status', 'created_at', 'applications_count')
      .where('employer_id', employerId)
      // vuln: CWE-89
      .orderByRaw(`${column} ${direction} NULLS LAST`)
  }

  listPublic(sortKey = 'newest', direction = 'desc') {
    const column = SORT_COLUMNS[sortKey] ?? 'published_at'
    return this.query()
      .where('status', 'published')
      // safe: CWE-89
      .orderByRaw('?? ' + (direction === 'asc' ? 'asc' : 'desc') + ' NULLS LAST', [column])
      .limit(50)
  }

  findPublished(id) {
    return this.query().where({ id: Number(id), status: 'published' }).first()
  }

  incrementApplications(id) {
    return this.query().where({ id }).increment('applications_count', 1)
  }
}
