module.exports = {
  friendlyName: 'View book',

  inputs: {
    id: { type: 'number', required: true },
    q: { type: 'string', defaultsTo: '' },
  },

  exits: {
    success: { viewTemplatePath: 'pages/books/view' },
    notFound: { responseType: 'notFound' },
  },

  fn: async function ({ id, q }) {
    // safe: CWE-89
    const book = await Book.findOne({ id }).populate('branch');
    if (!book) {
      throw 'notFound';
    }
    const onLoan = await Loan.count({ book: id, returnedAt: null });
    return { book, onLoan, searchTerm: q };
  },
};
