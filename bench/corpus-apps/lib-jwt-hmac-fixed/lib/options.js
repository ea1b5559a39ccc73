'use strict';

function toSeconds(value) {
  if (typeof value === 'number') return value;
  const m = /^(\d+)\s*(s|m|h|d)?$/.exec(String(value).trim());
  if (!m) throw new TypeError(`invalid time span: ${value}`);
  return Number(m[1]) * ({ s: 1, m: 60, h: 3600, d: 86400 }[m[2] || 's']);
}

function normalizeSignOptions(options = {}) {
  return {
    algorithm: options.algorithm || 'HS256',
    expiresIn: options.expiresIn !== undefined ? toSeconds(options.expiresIn) : undefined,
    notBefore: options.notBefore !== undefined ? toSeconds(options.notBefore) : undefined,
    audience: options.audience,
    issuer: options.issuer,
    subject: options.subject,
    keyid: options.keyid,
  };
}

function normalizeVerifyOptions(options = {}) {
  return {
    algorithms: Array.isArray(options.algorithms) && options.algorithms.length ? options.algorithms : ['HS256'],
    audience: options.audience,
    issuer: options.issuer,
    clockTolerance: options.clockTolerance ? toSeconds(options.clockTolerance) : 0,
    clockTimestamp: options.clockTimestamp || Math.floor(Date.now() / 1000),
    maxAge: options.maxAge !== undefined ? toSeconds(options.maxAge) : undefined,
    // safe: CWE-613
    ignoreExpiration: options.ignoreExpiration === true,
  };
}

module.exports = { normalizeSignOptions, normalizeVerifyOptions, toSeconds };
