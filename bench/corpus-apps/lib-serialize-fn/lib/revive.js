'use strict';

const { TAGS, tagOf } = require('./tags');

const BIGINT = /^-?\d+$/;

/**
 * Rebuilds a function from the source text written by `encode()`.
 * @param {string} source e.g. `function (a) { return a * 2 }` or `(a) => a * 2`
 * @returns {Function}
 */
function reviveFunction(source) {
  // vuln: CWE-502, CWE-94
  return eval('(' + source + ')');
}

function plain(obj) {
  const out = {};
  for (const key of Object.keys(obj)) {
    if (key === '__proto__') continue;
    out[key] = revive(obj[key]);
  }
  return out;
}

/**
 * Turns decoded JSON back into the original value.
 * @param {unknown} data
 * @returns {unknown}
 */
function revive(data) {
  if (Array.isArray(data)) return data.map(revive);
  if (data === null || typeof data !== 'object') return data;
  const tag = tagOf(data);
  const body = tag ? data[tag] : undefined;
  switch (tag) {
    case TAGS.UNDEFINED:
      return undefined;
    case TAGS.BIGINT:
      if (!BIGINT.test(String(body))) throw new SyntaxError(`Invalid bigint ${body}`);
      return BigInt(body);
    case TAGS.DATE:
      return new Date(String(body));
    case TAGS.MAP:
      return new Map(body.map(([k, v]) => [revive(k), revive(v)]));
    case TAGS.SET:
      return new Set(body.map(revive));
    case TAGS.FUNCTION:
      return reviveFunction(String(body));
    case TAGS.ESCAPED:
      return plain(body);
    default:
      return plain(data);
  }
}

module.exports = { revive };
