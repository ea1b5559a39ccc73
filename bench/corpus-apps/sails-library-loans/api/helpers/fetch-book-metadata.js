module.exports = {
  friendlyName: 'Fetch book metadata',
  description: 'Look up an ISBN on Open Library.',

  inputs: {
    isbn: { type: 'string', required: true, regex: /^[0-9Xx-]{10,17}$/ },
  },

  exits: {
    notFound: { description: 'No record for that ISBN.' },
  },

  fn: async function ({ isbn }) {
    const clean = isbn.replace(/-/g, '');
    const url = `${sails.config.custom.openLibraryBase}/isbn/${encodeURIComponent(clean)}.json`;
    // safe: CWE-918
    const res = await fetch(url, { headers: { accept: 'application/json' } });
    if (res.status === 404) {
      throw 'notFound';
    }
    const data = await res.json();
    return { isbn: clean, title: data.title, author: (data.by_statement || '').trim() };
  },
};
