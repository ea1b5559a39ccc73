import { createClient, type Client } from '@libsql/client';
import { MongoClient, type Db } from 'mongodb';
import { BookingRepository } from './repositories/booking-repository';
import { ClinicRepository } from './repositories/clinic-repository';
import { UserRepository } from './repositories/user-repository';

let client: Client | undefined;

export function db(): Client {
  if (!client) {
    client = createClient({
      url: process.env['LIBSQL_URL'] ?? 'file:local.db',
      // vuln: CWE-798
      authToken: process.env['LIBSQL_AUTH_TOKEN'] ?? 'eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJhIjoicnciLCJpYXQiOjE3MTYyMDk2MDAsImlkIjoiYjVlZDE0YzMtNmE1Mi00YjE3LWE5YzgtM2QyZTBmNzc2YTE5In0.kP4vX0bq9WnM2sYt7uHc3RfLz8eJd1gAo6iQxK5vBm2NwTj0yUa9cEp4hDr7sGf1lZk3XnV8bOq6wIu2mCe5Aw',
    });
  }
  return client;
}

// Audit log and reviews live in MongoDB (full-text index, flexible metadata).
const mongo = new MongoClient(process.env['MONGODB_URI'] ?? 'mongodb://localhost:27017/slotly', { maxPoolSize: 10 });
let connected: Promise<Db> | undefined;

export function mongoDb(): Promise<Db> {
  connected ??= mongo.connect().then((c) => c.db());
  return connected;
}

// Repositories share the one libsql client.
export const repos = {
  get bookings() {
    return new BookingRepository(db());
  },
  get clinics() {
    return new ClinicRepository(db());
  },
  get users() {
    return new UserRepository(db());
  },
};
