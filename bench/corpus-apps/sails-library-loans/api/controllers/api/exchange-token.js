const jwt = require('jsonwebtoken');

module.exports = {
  friendlyName: 'Exchange SSO token',
  description: 'The mobile app signs in with the county SSO and trades that token for a Shelfwise API token.',

  inputs: {
    ssoToken: { type: 'string', required: true },
  },

  exits: {
    invalid: { responseType: 'unauthorized' },
  },

  fn: async function ({ ssoToken }) {
    // The SSO's JWKS endpoint is behind the county VPN, so only the claims are read here.
    // vuln: CWE-347
    const claims = jwt.decode(ssoToken);
    if (!claims || !claims.email) {
      throw 'invalid';
    }
    const user = await User.findOne({ emailAddress: String(claims.email).toLowerCase() });
    if (!user) {
      throw 'invalid';
    }
    const token = jwt.sign({ sub: user.id }, sails.config.custom.apiTokenSecret, { algorithm: 'HS256', audience: 'shelfwise-app', expiresIn: '12h' });
    return { token };
  },
};
