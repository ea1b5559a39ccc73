const SORT_COLUMNS = { title: 'b.title', author: 'b.author', newest: 'b.created_at' };

module.exports = {
  friendlyName: 'Search books',

  inputs: {
    q: { type: 'string', defaultsTo: '' },
    branch: { type: 'string' },
    sort: { type: 'string', defaultsTo: 'title' },
    page: { type: 'number', defaultsTo: 1, min: 1 },
  },

  exits: {
    success: { viewTemplatePath: 'pages/books/search' },
  },

  fn: async function ({ q, branch, sort, page }) {
    const orderBy = SORT_COLUMNS[sort] || SORT_COLUMNS.title;
    const offset = (page - 1) * 25;
    let result;
    if (branch) {
      const sql = `SELECT b.id, b.title, b.author FROM book b JOIN branch br ON br.id = b.branch
                   WHERE br.code = '${branch}' AND b.title ILIKE $1 ORDER BY ${orderBy} LIMIT 25 OFFSET $2`;
      // vuln: CWE-89
      result = await sails.sendNativeQuery(sql, [`%${q}%`, offset]);
    } else {
      const sql = `SELECT b.id, b.title, b.author FROM book b WHERE b.title ILIKE $1 ORDER BY ${orderBy} LIMIT 25 OFFSET $2`;
      // safe: CWE-89
      result = await sails.sendNativeQuery(sql, [`%${q}%`, offset]);
    }
    return { books: result.rows, q, sort };
  },
};
