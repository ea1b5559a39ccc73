'use strict';

const { MAX_SAFE_COMPONENT_LENGTH } = require('./constants');

const NUMERIC = `0|[1-9]\\d{0,${MAX_SAFE_COMPONENT_LENGTH - 1}}`;
const XR = `x|X|\\*|${NUMERIC}`;
const IDENT = '[0-9A-Za-z-]+';
const PRERELEASE = `(?:-(${IDENT}(?:\\.${IDENT})*))`;
const BUILD = `(?:\\+(${IDENT}(?:\\.${IDENT})*))`;

module.exports = {
  // 1.2.3, v1.2.3-beta.1+sha.5
  FULL: new RegExp(`^v?(${NUMERIC})\\.(${NUMERIC})\\.(${NUMERIC})${PRERELEASE}?${BUILD}?$`),
  // one comparator: optional operator, then a full or partial version (1, 1.x, 1.2.*)
  XRANGE: new RegExp(`^(<=|>=|<|>|=|~>?|\\^)?v?(${XR})(?:\\.(${XR})(?:\\.(${XR})${PRERELEASE}?${BUILD}?)?)?$`),
  // 1.2.3 - 2.3.4
  HYPHEN: /^(\S+)\s+-\s+(\S+)$/,
  // "> 1.2.3" -> ">1.2.3", keeping the whitespace before the operator
  COMPARATOR_TRIM: /(\s*)((?:<|>)?=?)\s*(v?[0-9xX*])/g,
  // "~ 1.2" -> "~1.2", "^ 1.2" -> "^1.2"
  TILDE_TRIM: /~>?\s+/g,
  CARET_TRIM: /\^\s+/g,
  WHITESPACE: /\s+/,
};
