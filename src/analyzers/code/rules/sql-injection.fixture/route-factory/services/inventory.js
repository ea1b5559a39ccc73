'use strict';

const SORT_COLUMNS = ['name', 'ip', 'updated_at'];

// A service class over a pool it is given; routes get the instance through a factory parameter.
class InventoryService {
  constructor(pool) {
    this.pool = pool;
  }

  list(sort) {
    // ruleid: js/sql-injection
    return this.pool.query(`SELECT id, name FROM hosts ORDER BY ${sort}`);
  }

  listSorted(sort) {
    const column = SORT_COLUMNS.includes(sort) ? sort : 'name';
    // ok: js/sql-injection
    return this.pool.query(`SELECT id, name FROM hosts ORDER BY ${column}`);
  }

  byRole(role) {
    // ok: js/sql-injection
    return this.pool.query('SELECT id, name FROM hosts WHERE role = $1', [role]);
  }
}

module.exports = { InventoryService };
