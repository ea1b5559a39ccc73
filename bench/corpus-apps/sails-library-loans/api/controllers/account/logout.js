module.exports = {
  friendlyName: 'Logout',

  inputs: {
    next: { type: 'string', defaultsTo: '/' },
  },

  fn: async function ({ next }) {
    delete this.req.session.userId;
    const local = /^\/(?![\/\\])/.test(next) ? next : '/';
    // safe: CWE-601
    return this.res.redirect(local);
  },
};
