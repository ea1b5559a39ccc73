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
 * The URL a request goes to: the request `url` appended to the client's `baseURL`.
 * When the client has a `baseURL`, an absolute request URL is rejected unless the client was
 * created with `allowAbsoluteUrls: true`, and the joined URL must keep the base URL's origin.
 * @param {string|undefined} baseURL
 * @param {string} requestedURL
 * @param {boolean} [allowAbsoluteUrls=false]
 * @returns {string}
 */
function buildFullPath(baseURL, requestedURL, allowAbsoluteUrls = false) {
  if (!baseURL) return requestedURL;
  if (isAbsoluteURL(requestedURL)) {
    if (allowAbsoluteUrls) return requestedURL;
    throw new Error(`absolute URL ${JSON.stringify(requestedURL)} not allowed with a baseURL`);
  }
  const full = combineURLs(baseURL, requestedURL);
  if (new URL(full).origin !== new URL(baseURL).origin) {
    throw new Error(`request URL leaves the base URL's origin`);
  }
  return full;
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
