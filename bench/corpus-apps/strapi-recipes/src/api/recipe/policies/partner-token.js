'use strict';

const jwt = require('jsonwebtoken');

// Partners (grocery apps) call the feed with a token we issued them.
module.exports = (policyContext, config, { strapi }) => {
  const token = policyContext.request.header['x-partner-token'];
  if (!token) return false;
  // vuln: CWE-347
  const claims = jwt.decode(token, { json: true });
  if (!claims || claims.aud !== 'partner-feed') return false;
  policyContext.state.partner = { id: claims.sub, locale: claims.locale || 'en' };
  return true;
};
