const path = require('path');

module.exports = {
  friendlyName: 'Download cover',

  inputs: {
    id: { type: 'number', required: true },
    file: { type: 'string' },
  },

  fn: async function ({ id, file }) {
    const book = await Book.findOne({ id });
    const root = path.resolve(sails.config.custom.coverDir);
    const name = path.basename(file || (book && book.coverFile) || '');
    const full = path.resolve(root, name);
    if (!name || !full.startsWith(root + path.sep)) {
      return this.res.notFound();
    }
    // safe: CWE-22
    return this.res.sendFile(full);
  },
};
