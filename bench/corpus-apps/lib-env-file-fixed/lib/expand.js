'use strict';

const REFERENCE = /\$\{([A-Za-z_]\w*)(?::-([^}]*))?\}/g;

/**
 * Resolves `${VAR}` and `${VAR:-fallback}` in the parsed values, looking first at the other
 * parsed values, then at `env`. References are resolved one level deep (no recursion).
 * @param {Record<string, string>} parsed
 * @param {Record<string, string|undefined>} [env]
 * @returns {Record<string, string>} a new object
 */
function expand(parsed, env = {}) {
  const out = {};
  for (const key of Object.keys(parsed)) {
    out[key] = String(parsed[key]).replace(REFERENCE, (whole, name, fallback) => {
      if (Object.prototype.hasOwnProperty.call(parsed, name) && name !== key) return parsed[name];
      if (env[name] !== undefined) return env[name];
      return fallback !== undefined ? fallback : '';
    });
  }
  return out;
}

module.exports = { expand };
