import { inject } from '@loopback/core';
import { juggler } from '@loopback/repository';

// Schemaless events read through the MongoDB connector: `execute(collection, command, filter, options)`.
export class EventRepository {
  constructor(@inject('datasources.events') private dataSource: juggler.DataSource) {}

  async byOwner(owner: unknown) {
    // ruleid: js/nosql-injection
    return this.dataSource.execute('Event', 'find', { owner }, { limit: 50 });
  }

  async byKind(kind: unknown) {
    // ok: js/nosql-injection
    return this.dataSource.execute('Event', 'find', { kind: String(kind) }, { limit: 50 });
  }

  async removeByOwner(owner: unknown) {
    // ruleid: js/nosql-injection
    return this.dataSource.execute('Event', 'deleteMany', { owner });
  }

  async insert(doc: object) {
    // A document to store is data, not a filter.
    // ok: js/nosql-injection
    return this.dataSource.execute('Event', 'insertOne', doc);
  }
}
