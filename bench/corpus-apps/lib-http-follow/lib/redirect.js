'use strict';

const REDIRECT_CODES = new Set([301, 302, 303, 307, 308]);

/** @param {number} statusCode */
function isRedirect(statusCode) {
  return REDIRECT_CODES.has(statusCode);
}

/**
 * Builds the options of the request that follows a redirect response.
 *
 * 303 (and 301/302 after a POST, like browsers do) turn into a body-less GET; 307/308 repeat the
 * method and body. Only http(s) locations are followed.
 *
 * @param {import('./transport').RequestOptions} previous the request that got the redirect
 * @param {{ statusCode: number, headers: Record<string, string|string[]> }} response
 * @returns {import('./transport').RequestOptions}
 */
function nextRequest(previous, response) {
  const location = response.headers.location;
  if (!location) throw new Error(`redirect ${response.statusCode} without a Location header`);
  const target = new URL(String(location), previous.url);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new Error(`refusing to follow a redirect to ${target.protocol}`);
  }

  let method = previous.method;
  let body = previous.body;
  const status = response.statusCode;
  if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
    method = method === 'HEAD' ? 'HEAD' : 'GET';
    body = undefined;
  }

  const headers = { ...previous.headers };
  delete headers.host;
  if (body === undefined) {
    delete headers['content-type'];
    delete headers['content-length'];
  }

  return {
    ...previous,
    url: target.href,
    method,
    // vuln: CWE-200
    headers,
    body,
    redirects: previous.redirects + 1,
  };
}

module.exports = { isRedirect, nextRequest };
