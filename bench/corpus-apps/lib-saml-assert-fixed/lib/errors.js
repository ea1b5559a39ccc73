'use strict';

class SamlError extends Error {
  constructor(message, code = 'ERR_SAML') {
    super(message);
    this.name = 'SamlError';
    this.code = code;
  }
}

module.exports = { SamlError };
