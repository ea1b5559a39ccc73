'use strict';

const SORT_COLUMNS = ['name', 'ip', 'updated_at'];

function createInventory({ db }) {
  return {
    list(sort, direction) {
      // vuln: CWE-89
      return db('hosts').select('id', 'name', 'ip', 'role').orderByRaw(`${sort} ${direction}`);
    },

    listSorted(sort, direction) {
      const column = SORT_COLUMNS.includes(sort) ? sort : 'name';
      const dir = direction === 'desc' ? 'desc' : 'asc';
      // safe: CWE-89
      return db('hosts').select('id', 'name', 'ip', 'role').orderBy(column, dir);
    },

    byRole(role) {
      // vuln: CWE-89
      return db('hosts').whereRaw(`role = '${role}'`);
    },

    byTag(tag) {
      // safe: CWE-89
      return db('hosts').whereRaw('? = ANY(tags)', [tag]);
    },

    get(id) {
      return db('hosts').where({ id: Number(id) }).first();
    },
  };
}

module.exports = { createInventory };
