'use strict';

const path = require('path');

/**
 * The file name a download of `url` is saved under: the last path segment, percent-decoded.
 * @param {string|URL} url
 * @param {string} [fallback]
 * @returns {string}
 */
function fileNameFor(url, fallback = 'download') {
  const { pathname } = new URL(String(url));
  const last = pathname.split('/').filter(Boolean).pop();
  if (!last) return fallback;
  let decoded;
  try {
    decoded = decodeURIComponent(last);
  } catch (e) {
    decoded = last;
  }
  // "%2F" and "%5C" decode to separators: keep the final component only
  const name = path.basename(decoded.replace(/\\/g, '/'));
  return name && name !== '.' && name !== '..' ? name : fallback;
}

module.exports = { fileNameFor };
