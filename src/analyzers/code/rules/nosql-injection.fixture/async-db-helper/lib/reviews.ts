import type { Document } from 'mongodb';
import { getDb, mongoDb } from './db';

// A local helper returning the collection: calls on what it resolves to are the driver's.
async function reviews() {
  return (await mongoDb()).collection('reviews');
}

export async function searchText(phrase: string) {
  // ruleid: js/nosql-injection
  return (await reviews()).find({ $where: `this.body.indexOf('${phrase}') !== -1` }).toArray();
}

export async function byAuthor(author: string) {
  // ok: js/nosql-injection
  return (await reviews()).find({ author: String(author) }).toArray();
}

// mongodb's `Document` type is plain data the caller passed, not an object of the driver.
export async function custom(clinicId: number, filter: Document) {
  // ruleid: js/nosql-injection
  return (await getDb()).collection('audit').find({ clinicId, ...filter }).toArray();
}
