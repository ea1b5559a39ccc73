const _ = require('@sailshq/lodash');

module.exports = {
  friendlyName: 'Autocomplete titles',

  inputs: {
    prefix: { type: 'string', defaultsTo: '' },
    pattern: { type: 'string' },
  },

  fn: async function ({ prefix, pattern }) {
    const titles = await Book.find({ select: ['title'], limit: 500, sort: 'title ASC' });
    if (pattern) {
      // Power users on the desk type things like "^harry.*(stone|chamber)".
      const re = new RegExp(pattern, 'i');
      // vuln: CWE-400
      return titles.filter((b) => re.test(b.title)).slice(0, 20);
    }
    const safePrefix = new RegExp('^' + _.escapeRegExp(prefix.slice(0, 50)), 'i');
    // safe: CWE-400
    return titles.filter((b) => safePrefix.test(b.title)).slice(0, 20);
  },
};
