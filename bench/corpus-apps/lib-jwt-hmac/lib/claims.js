'use strict';

class TokenError extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'TokenError';
    this.code = code;
  }
}

function includesOne(expected, actual) {
  const want = Array.isArray(expected) ? expected : [expected];
  const have = Array.isArray(actual) ? actual : [actual];
  return want.some((w) => have.includes(w));
}

/** Checks registered claims against the normalised verify options; throws TokenError. */
function checkClaims(payload, opts) {
  const now = opts.clockTimestamp;
  if (typeof payload.nbf === 'number' && payload.nbf > now + opts.clockTolerance) {
    throw new TokenError('token not active yet', 'ENOTBEFORE');
  }
  if (!opts.ignoreExpiration && typeof payload.exp === 'number' && payload.exp <= now - opts.clockTolerance) {
    throw new TokenError('token expired', 'EEXPIRED');
  }
  if (opts.maxAge !== undefined) {
    if (typeof payload.iat !== 'number') throw new TokenError('iat required with maxAge', 'EIAT');
    if (payload.iat + opts.maxAge <= now - opts.clockTolerance) throw new TokenError('maxAge exceeded', 'EMAXAGE');
  }
  if (opts.audience !== undefined && !includesOne(opts.audience, payload.aud)) {
    throw new TokenError('audience mismatch', 'EAUDIENCE');
  }
  if (opts.issuer !== undefined && !includesOne(opts.issuer, payload.iss)) {
    throw new TokenError('issuer mismatch', 'EISSUER');
  }
}

module.exports = { checkClaims, TokenError };
