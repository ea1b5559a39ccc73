// An HTTP client that follows redirects itself.
const http = require('http');

function nextRequest(previous, response) {
  const target = new URL(String(response.headers.location), previous.url);
  const headers = { ...previous.headers };
  delete headers.host;
  return {
    ...previous,
    url: target.href,
    // ruleid: js/redirect-credential-leak
    headers,
  };
}

function follow(options, res, callback) {
  const location = res.headers['location'];
  // ruleid: js/redirect-credential-leak
  const next = Object.assign({}, options, { headers: Object.assign({}, options.headers), path: location });
  return http.request(next, callback);
}

async function fetchFollowing(url, init) {
  const res = await fetch(url, { ...init, redirect: 'manual' });
  if (res.status >= 300 && res.status < 400) {
    // ok: js/redirect-credential-leak
    return fetchFollowing(new URL(res.headers.get('location'), url), { method: 'GET' });
  }
  return res;
}

// Copying headers without a redirect is not this flaw.
function withDefaults(options) {
  // ok: js/redirect-credential-leak
  return { ...options, headers: { ...options.headers, 'user-agent': 'client/1.0' } };
}

module.exports = { nextRequest, follow, fetchFollowing, withDefaults };
