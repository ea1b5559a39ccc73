'use strict';

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
  try {
    return decodeURIComponent(last);
  } catch (e) {
    return last;
  }
}

module.exports = { fileNameFor };
