const crypto = require('crypto');

module.exports = {
  friendlyName: 'New loan reference',
  sync: true,

  fn: function () {
    // safe: CWE-338
    return 'L-' + crypto.randomBytes(6).toString('hex').toUpperCase();
  },
};
