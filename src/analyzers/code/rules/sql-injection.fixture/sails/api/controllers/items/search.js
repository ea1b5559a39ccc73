const SORT_COLUMNS = { name: 'i.name', newest: 'i.created_at' };

// An actions2 action: declared inputs are request data; a number input carries no SQL.
module.exports = {
  inputs: {
    owner: { type: 'string' },
    q: { type: 'string', defaultsTo: '' },
    sort: { type: 'string', defaultsTo: 'name' },
    page: { type: 'number', defaultsTo: 1 },
  },

  fn: async function ({ owner, q, sort, page }) {
    const orderBy = SORT_COLUMNS[sort] || SORT_COLUMNS.name;
    if (owner) {
      // ruleid: js/sql-injection
      return (await sails.sendNativeQuery(`SELECT * FROM item i WHERE i.owner = '${owner}' AND i.name ILIKE $1`, [`%${q}%`])).rows;
    }
    // ok: js/sql-injection
    return (await sails.sendNativeQuery(`SELECT * FROM item i WHERE i.name ILIKE $1 ORDER BY ${orderBy} LIMIT 20 OFFSET ${(page - 1) * 20}`, [`%${q}%`])).rows;
  },
};
