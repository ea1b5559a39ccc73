export async function searchOrders(db, customerId, filter, limit) {
  const query = { ...filter, customerId: String(customerId) };
  // ruleid: js/nosql-injection
  return db.collection('orders').find(query).limit(Math.min(Number(limit) || 20, 100)).toArray();
}

export async function orderByRef(db, customerId, ref) {
  // ok: js/nosql-injection
  return db.collection('orders').findOne({ ref, customerId: String(customerId) });
}
