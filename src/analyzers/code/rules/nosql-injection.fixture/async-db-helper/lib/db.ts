import { MongoClient, type Db } from 'mongodb';

const client = new MongoClient(process.env.MONGODB_URI ?? 'mongodb://localhost:27017/app');
let connected: Promise<Db> | undefined;

// What another file awaits: the driver's database, through a promise kept at module level.
export function mongoDb(): Promise<Db> {
  connected ??= client.connect().then((c) => c.db());
  return connected;
}

export async function getDb(): Promise<Db> {
  await client.connect();
  return client.db();
}
