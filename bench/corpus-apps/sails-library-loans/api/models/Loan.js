module.exports = {
  attributes: {
    book: { model: 'book', required: true },
    borrower: { model: 'user', required: true },
    dueAt: { type: 'number', required: true },
    returnedAt: { type: 'number', allowNull: true },
    fineCents: { type: 'number', defaultsTo: 0 },
  },
};
