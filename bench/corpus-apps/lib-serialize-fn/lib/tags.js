'use strict';

// A tagged value is a one-key object whose key is one of these.
const TAGS = Object.freeze({
  DATE: '$date',
  MAP: '$map',
  SET: '$set',
  BIGINT: '$bigint',
  UNDEFINED: '$undefined',
  FUNCTION: '$fn',
  ESCAPED: '$esc', // a plain object whose only key happens to look like a tag
});

const TAG_NAMES = new Set(Object.values(TAGS));

/**
 * The tag of a decoded JSON value, or null.
 * @param {unknown} value
 * @returns {string|null}
 */
function tagOf(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  return keys.length === 1 && TAG_NAMES.has(keys[0]) ? keys[0] : null;
}

module.exports = { TAGS, tagOf };
