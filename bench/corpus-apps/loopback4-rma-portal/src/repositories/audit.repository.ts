import {inject} from '@loopback/core';
import {AuditDataSource} from '../datasources/audit.datasource';

export interface AuditEvent {
  actor: string;
  action: string;
  target?: string;
  at: Date;
}

// Thin wrapper over the Mongo connector: audit events are schemaless, so no model.
export class AuditRepository {
  constructor(@inject('datasources.audit') private dataSource: AuditDataSource) {}

  async record(event: AuditEvent): Promise<void> {
    await this.dataSource.execute('AuditEvent', 'insertOne', event);
  }

  async byActor(actor: unknown, limit = 100): Promise<AuditEvent[]> {
    // vuln: CWE-943
    const cursor = await this.dataSource.execute('AuditEvent', 'find', {actor}, {limit, sort: {at: -1}});
    return cursor.toArray();
  }

  async byAction(action: string): Promise<AuditEvent[]> {
    // safe: CWE-943
    const cursor = await this.dataSource.execute('AuditEvent', 'find', {action: String(action)}, {limit: 100});
    return cursor.toArray();
  }
}
