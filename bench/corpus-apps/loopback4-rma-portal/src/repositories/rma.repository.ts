import {inject} from '@loopback/core';
import {DefaultCrudRepository} from '@loopback/repository';
import {DbDataSource} from '../datasources/db.datasource';
import {Rma} from '../models/rma.model';

const SORTABLE: Record<string, string> = {
  created: 'created_at',
  serial: 'serial',
  status: 'status',
};

export class RmaRepository extends DefaultCrudRepository<Rma, typeof Rma.prototype.id> {
  constructor(@inject('datasources.db') dataSource: DbDataSource) {
    super(Rma, dataSource);
  }

  // Dealers type partial serials ("SN-44…") into the lookup box.
  async searchBySerial(serial: string, limit = 25): Promise<Rma[]> {
    const sql = `SELECT id, serial, status, reason, created_at FROM rma WHERE serial ILIKE '%${serial}%' ORDER BY created_at DESC LIMIT ${Number(limit) || 25}`;
    // vuln: CWE-89
    return this.dataSource.execute(sql) as Promise<Rma[]>;
  }

  async listForCustomer(customerId: number, sort = 'created', dir = 'desc'): Promise<Rma[]> {
    const column = SORTABLE[sort] ?? 'created_at';
    const direction = dir.toLowerCase() === 'asc' ? 'ASC' : 'DESC';
    const sql = `SELECT id, serial, status, reason, created_at FROM rma WHERE customer_id = $1 ORDER BY ${column} ${direction}`;
    // safe: CWE-89
    return this.dataSource.execute(sql, [customerId]) as Promise<Rma[]>;
  }

  async countByStatus(statuses: string[]): Promise<{status: string; count: number}[]> {
    // safe: CWE-89
    return this.dataSource.execute('SELECT status, count(*)::int AS count FROM rma WHERE status = ANY($1) GROUP BY status', [statuses]) as Promise<{status: string; count: number}[]>;
  }

  async notesFor(id: number): Promise<{id: number; notes: string}[]> {
    return this.dataSource.execute('SELECT id, notes FROM rma WHERE customer_id = (SELECT customer_id FROM rma WHERE id = $1)', [id]) as Promise<{id: number; notes: string}[]>;
  }
}
