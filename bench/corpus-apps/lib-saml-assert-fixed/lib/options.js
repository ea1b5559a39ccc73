'use strict';

const { SamlError } = require('./errors');

const DEFAULTS = {
  acceptedClockSkewMs: 60 * 1000,
  idpSloUrl: null,
  privateKey: null,
  audience: null,
};

const REQUIRED = ['entityId', 'assertionConsumerServiceUrl', 'idpSsoUrl', 'idpIssuer', 'idpCert'];

function normalizeCert(cert) {
  const body = String(cert)
    .replace(/-----(BEGIN|END) CERTIFICATE-----/g, '')
    .replace(/\s+/g, '');
  const lines = body.match(/.{1,64}/g) || [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

function normalizeOptions(options = {}) {
  for (const key of REQUIRED) {
    if (!options[key]) throw new SamlError(`option ${key} is required`, 'ERR_SAML_OPTIONS');
  }
  const merged = { ...DEFAULTS, ...options };
  merged.idpCert = normalizeCert(merged.idpCert);
  merged.audience = merged.audience || merged.entityId;
  merged.acceptedClockSkewMs = Math.max(0, Number(merged.acceptedClockSkewMs) || 0);
  return Object.freeze(merged);
}

module.exports = { normalizeOptions, normalizeCert };
