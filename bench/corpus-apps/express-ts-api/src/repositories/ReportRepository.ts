import type { Knex } from 'knex';

export interface ReportFilter {
  teamId: number;
  q?: string;
  sort?: string;
  from?: string;
}

export class ReportRepository {
  constructor(private readonly db: Knex) {}

  list(filter: ReportFilter) {
    const query = this.db('reports').where({ team_id: filter.teamId });
    if (filter.q) {
      // vuln: CWE-89
      query.whereRaw(`title ILIKE '%${filter.q}%'`);
    }
    if (filter.sort) {
      // vuln: CWE-89
      query.orderByRaw(filter.sort);
    }
    return query.limit(50);
  }

  listSafe(filter: ReportFilter) {
    const query = this.db('reports').where({ team_id: filter.teamId });
    if (filter.q) {
      // safe: CWE-89
      query.whereRaw('title ILIKE ?', [`%${filter.q}%`]);
    }
    if (filter.sort === 'title' || filter.sort === 'created_at') {
      query.orderBy(filter.sort, 'desc');
    }
    return query.limit(50);
  }

  async totalsSince(teamId: number, from: string) {
    // vuln: CWE-89
    const result = await this.db.raw(`SELECT SUM(amount) AS total FROM report_lines WHERE team_id = ${teamId} AND created_at >= '${from}'`);
    return result.rows[0];
  }

  async totalsSinceSafe(teamId: number, from: string) {
    // safe: CWE-89
    const result = await this.db.raw('SELECT SUM(amount) AS total FROM report_lines WHERE team_id = ? AND created_at >= ?', [teamId, from]);
    return result.rows[0];
  }

  create(teamId: number, title: string, body: string) {
    // safe: CWE-89
    return this.db('reports').insert({ team_id: teamId, title, body }).returning('id');
  }
}
