'use strict'

// ES5.1 IdentifierName approximation: Unicode letters, $, _, digits after the first.
const ID_START = /[\p{L}\p{Nl}$_]/u
const ID_CONTINUE = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$_\u200C\u200D]/u

module.exports = {
  isIdStartChar (c) {
    return typeof c === 'string' && ID_START.test(c)
  },
  isIdContinueChar (c) {
    return typeof c === 'string' && ID_CONTINUE.test(c)
  },
  isDigit (c) {
    return typeof c === 'string' && c >= '0' && c <= '9'
  },
  isHexDigit (c) {
    return typeof c === 'string' && /^[0-9a-fA-F]$/.test(c)
  },
  isSpaceSeparator (c) {
    return c === ' ' || c === '\t' || c === '\v' || c === '\f' || c === '\u00A0' || c === '\uFEFF' ||
      c === '\u2028' || c === '\u2029' || c === '\n' || c === '\r'
  }
}
