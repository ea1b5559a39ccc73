module.exports = {
  friendlyName: 'My loans',

  inputs: {
    status: { type: 'string', isIn: ['open', 'returned', 'all'], defaultsTo: 'open' },
  },

  fn: async function ({ status }) {
    const where = { borrower: this.req.me.id };
    if (status === 'open') where.returnedAt = null;
    if (status === 'returned') where.returnedAt = { '!=': null };
    // safe: CWE-943
    return await Loan.find({ where, sort: 'dueAt ASC' }).populate('book');
  },
};
