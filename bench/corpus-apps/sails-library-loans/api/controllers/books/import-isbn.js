module.exports = {
  friendlyName: 'Import by ISBN',

  inputs: {
    isbn: { type: 'string' },
    feedUrl: { type: 'string' },
    branch: { type: 'number', required: true },
  },

  exits: {
    notFound: { responseType: 'notFound' },
  },

  fn: async function ({ isbn, feedUrl, branch }) {
    const created = [];
    if (isbn) {
      const meta = await sails.helpers.fetchBookMetadata.with({ isbn }).intercept('notFound', 'notFound');
      created.push(await Book.create({ ...meta, branch }).fetch());
    }
    if (feedUrl) {
      const feed = await sails.helpers.fetchFeed.with({ url: feedUrl });
      for (const item of (feed.items || []).slice(0, 100)) {
        created.push(await Book.create({ isbn: String(item.isbn), title: String(item.title), author: String(item.author || ''), branch }).fetch());
      }
    }
    return { imported: created.length };
  },
};
