'use strict';

/**
 * `true` for `https://x`, `//x` and `custom-scheme://x`.
 * @param {string} url
 */
function isAbsoluteURL(url) {
  return /^([a-z][a-z\d+\-.]*:)?\/\//i.test(url);
}

/**
 * Joins a base URL and a relative path with exactly one slash between them.
 * @param {string} baseURL
 * @param {string} relativeURL
 */
function combineURLs(baseURL, relativeURL) {
  return relativeURL ? baseURL.replace(/\/+$/, '') + '/' + relativeURL.replace(/^\/+/, '') : baseURL;
}

/**
 * The URL a request goes to: the request `url` resolved against the client's `baseURL`.
 * An absolute request URL is used as it is, so one client can also call other services.
 * @param {string|undefined} baseURL
 * @param {string} requestedURL
 * @returns {string}
 */
function buildFullPath(baseURL, requestedURL) {
  if (baseURL && !isAbsoluteURL(requestedURL)) {
    return combineURLs(baseURL, requestedURL);
  }
  return requestedURL;
}

/**
 * Adds `params` to the query string (values encoded by URLSearchParams).
 * @param {string} url
 * @param {Record<string, unknown>} [params]
 */
function appendParams(url, params) {
  if (!params) return url;
  const parsed = new URL(url);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) parsed.searchParams.append(key, String(item));
  }
  return parsed.href;
}

module.exports = { isAbsoluteURL, combineURLs, buildFullPath, appendParams };
