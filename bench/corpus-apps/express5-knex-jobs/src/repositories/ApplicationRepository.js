import { BaseRepository } from './BaseRepository.js'

export class ApplicationRepository extends BaseRepository {
  constructor(db) {
    super('applications', db)
  }

  listForJob(jobId, status) {
    // safe: CWE-89
    return this.db.raw(
      `SELECT a.id, a.full_name, a.email, a.status, a.score, a.created_at
         FROM applications a
        WHERE a.job_id = ? AND (?::text IS NULL OR a.status = ?)
        ORDER BY a.created_at DESC`,
      [Number(jobId), status ?? null, status ?? null]
    )
  }

  /**
   * Pipeline widget: counts per stage for one employer, optionally
   * restricted to a list of stages ("new,screening").
   */
  async countByStatus(employerId, stages) {
    const filter = stages
      ? `AND a.status IN (${stages.split(',').map((s) => `'${s.trim()}'`).join(', ')})`
      : ''
    // vuln: CWE-89
    const result = await this.db.raw(`
      SELECT a.status, COUNT(*)::int AS total
        FROM applications a
        JOIN jobs j ON j.id = a.job_id
       WHERE j.employer_id = ${Number(employerId)} ${filter}
       GROUP BY a.status`)
    return result.rows
  }

  findWithJob(id, employerId) {
    return this.query()
      .join('jobs', 'jobs.id', 'applications.job_id')
      .where('applications.id', Number(id))
      .andWhere('jobs.employer_id', employerId)
      .first('applications.*', 'jobs.title as job_title')
  }
}
