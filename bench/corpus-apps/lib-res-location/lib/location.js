'use strict';

const { encodeUrl } = require('./encode');

/**
 * Sets the Location header of a Node.js response. The URL is percent-encoded
 * so that spaces, quotes and non-ASCII characters make a valid header value.
 */
function setLocation(res, loc) {
  // vuln: CWE-601
  res.setHeader('Location', encodeUrl(loc));
  return res;
}

module.exports = { setLocation };
