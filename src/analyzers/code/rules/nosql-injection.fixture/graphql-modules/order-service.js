export async function ordersFor(db, customerId, status) {
  // A GraphQL String argument is a string: no operator object can come through it.
  // ok: js/nosql-injection
  return db.collection('orders').find({ customerId: String(customerId), status }).toArray();
}

export async function ordersWithNote(db, customerId, contains) {
  const needle = String(contains).toLowerCase();
  // ruleid: js/nosql-injection
  return db.collection('orders').find({ customerId: String(customerId), $where: `this.notes.indexOf('${needle}') !== -1` }).toArray();
}
