module.exports = {
  friendlyName: 'My loans (API)',

  inputs: {
    overdueOnly: { type: 'boolean', defaultsTo: false },
  },

  fn: async function ({ overdueOnly }) {
    let sql = 'SELECT l.id, b.title, l.due_at FROM loan l JOIN book b ON b.id = l.book WHERE l.borrower = $1 AND l.returned_at IS NULL';
    if (overdueOnly) {
      sql += ' AND l.due_at < $2';
    }
    const params = overdueOnly ? [this.req.apiUserId, Date.now()] : [this.req.apiUserId];
    // safe: CWE-89
    const { rows } = await sails.sendNativeQuery(sql, params);
    return rows;
  },
};
