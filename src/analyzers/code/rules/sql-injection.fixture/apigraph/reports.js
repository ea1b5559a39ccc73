import knex from 'knex';
import Database from 'better-sqlite3';

// Class fields hold library objects: every method sees what the constructor stored.
export class OrderReports {
  constructor() {
    this.orders = knex({ client: 'pg', connection: process.env.ORDERS_URL });
  }

  byCustomer(customer) {
    // ruleid: js/sql-injection
    return this.orders.raw(`select * from orders where customer = '${customer}'`);
  }

  byCustomerSafe(customer) {
    // ok: js/sql-injection
    return this.orders.raw('select * from orders where customer = ?', [customer]);
  }
}

export const cache = new Database(':memory:');
export const byKey = cache.prepare('select value from kv where key = ?');
