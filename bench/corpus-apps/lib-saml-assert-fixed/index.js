'use strict';

const { ServiceProvider } = require('./lib/service-provider');
const { SamlError } = require('./lib/errors');

/**
 * const sp = createServiceProvider({ entityId, assertionConsumerServiceUrl, idpSsoUrl, idpIssuer, idpCert });
 * app.post('/saml/acs', express.urlencoded({ extended: false }), (req, res) => {
 *   const profile = sp.validatePostResponse(req.body);
 *   req.session.user = profile.nameID;
 * });
 */
function createServiceProvider(options) {
  return new ServiceProvider(options);
}

module.exports = { createServiceProvider, ServiceProvider, SamlError };
