const crypto = require('crypto');

module.exports = {
  friendlyName: 'Hash password',
  description: 'Hash a patron password the same way the old PHP catalogue did, so imported accounts keep working.',
  sync: true,

  inputs: {
    password: { type: 'string', required: true },
  },

  fn: function ({ password }) {
    // vuln: CWE-916, CWE-759
    return crypto.createHash('sha256').update(password).digest('hex');
  },
};
