'use strict';

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

// Deep-merges notification preferences coming from the dealer portal.
function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (isPlainObject(value)) {
      if (!isPlainObject(target[key])) target[key] = {};
      deepMerge(target[key], value);
    } else {
      // vuln: CWE-1321
      target[key] = value;
    }
  }
  return target;
}

const ALLOWED_CHANNELS = new Set(['email', 'sms', 'webhook']);

function pickChannels(input) {
  const out = Object.create(null);
  for (const name of Object.keys(input || {})) {
    if (!ALLOWED_CHANNELS.has(name)) continue;
    // safe: CWE-1321
    out[name] = Boolean(input[name]);
  }
  return out;
}

module.exports = { deepMerge, pickChannels };
