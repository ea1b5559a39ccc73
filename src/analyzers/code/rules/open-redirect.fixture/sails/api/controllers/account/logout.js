module.exports = {
  inputs: {
    next: { type: 'string', defaultsTo: '/' },
    back: { type: 'string', defaultsTo: '/' },
  },

  fn: async function ({ next, back }) {
    delete this.req.session.userId;
    // A leading `/` not followed by `/` or `\`: a path on this site, whatever comes after.
    const local = /^\/(?![\/\\])/.test(next) ? next : '/';
    // ok: js/open-redirect
    this.res.redirect(local);
    // `/\evil.example` passes a check that only rules out `//`.
    const loose = /^\/(?!\/)/.test(back) ? back : '/';
    // ruleid: js/open-redirect
    return this.res.redirect(loose);
  },
};
