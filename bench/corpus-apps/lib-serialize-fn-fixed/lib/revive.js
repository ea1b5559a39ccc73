'use strict';

const { TAGS, tagOf } = require('./tags');

const BIGINT = /^-?\d+$/;

/**
 * Functions are serialised for logging only: turning source text back into code would run
 * whatever the (possibly client-supplied) text says, so it is refused.
 * @param {string} source
 * @returns {never}
 */
function refuseFunction(source) {
  const err = new TypeError(`Refusing to deserialise a function (${String(source).length} characters of source)`);
  err.code = 'ERR_SERIALIZE_FUNCTION';
  throw err;
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
      // safe: CWE-502, CWE-94
      return refuseFunction(body);
    case TAGS.ESCAPED:
      return plain(body);
    default:
      return plain(data);
  }
}

module.exports = { revive };
