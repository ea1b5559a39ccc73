module.exports = {
  friendlyName: 'Login',

  inputs: {
    emailAddress: { type: 'string', required: true },
    password: { type: 'string', required: true },
    next: { type: 'string', defaultsTo: '/' },
  },

  exits: {
    badCombo: { responseType: 'unauthorized' },
    locked: { statusCode: 429, description: 'Too many failed attempts.' },
  },

  fn: async function ({ emailAddress, password, next }) {
    const user = await User.findOne({ emailAddress: emailAddress.toLowerCase() });
    if (user && user.failedLogins >= 5 && Date.now() - user.lastFailedLoginAt < 15 * 60 * 1000) {
      throw 'locked';
    }
    if (!user || user.password !== sails.helpers.hashPassword(password)) {
      if (user) {
        await User.updateOne({ id: user.id }).set({ failedLogins: (user.failedLogins || 0) + 1, lastFailedLoginAt: Date.now() });
      }
      throw 'badCombo';
    }
    await User.updateOne({ id: user.id }).set({ failedLogins: 0 });
    this.req.session.userId = user.id;
    sails.log.info('login ok for user', user.id);
    // vuln: CWE-601
    return this.res.redirect(next);
  },
};
