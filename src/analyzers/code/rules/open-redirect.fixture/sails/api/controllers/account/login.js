module.exports = {
  inputs: {
    next: { type: 'string', defaultsTo: '/' },
  },

  fn: async function ({ next }) {
    this.req.session.userId = 1;
    // ruleid: js/open-redirect
    return this.res.redirect(next);
  },
};
