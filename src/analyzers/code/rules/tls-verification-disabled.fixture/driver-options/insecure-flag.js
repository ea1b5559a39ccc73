// A driver translating its own documented opt-out (`tlsInsecure`, `tlsAllowInvalidCertificates`) into
// Node's TLS options: verification is off only for callers who set that option.
function getBoolean(name, value) {
  if (typeof value === 'boolean') return value;
  return value === 'true';
}

function applyTlsOptions(options, name, value) {
  const tlsInsecure = getBoolean(name, value);
  if (tlsInsecure) {
    // ok: js/tls-verification-disabled
    options.rejectUnauthorized = false;
  } else {
    // ok: js/tls-verification-disabled
    options.rejectUnauthorized = options.tlsAllowInvalidCertificates ? false : true;
  }
  return options;
}

function agentOptions(config) {
  // ok: js/tls-verification-disabled
  return { rejectUnauthorized: config.allowSelfSigned === true ? false : true };
}

// A flag this file sets itself is its own choice.
const ALLOW_SELF_SIGNED = true;
function legacyAgentOptions() {
  const options = {};
  if (ALLOW_SELF_SIGNED) {
    // ruleid: js/tls-verification-disabled
    options.rejectUnauthorized = false;
  }
  return options;
}

function stagingAgentOptions(config) {
  // ruleid: js/tls-verification-disabled
  return { rejectUnauthorized: config.staging ? false : true };
}

module.exports = { applyTlsOptions, agentOptions, legacyAgentOptions, stagingAgentOptions };
