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

// Every hop passes the host check before it is requested: the headers reach only allowed hosts.
async function getChecked(start, config) {
  let next = start;
  while (true) {
    ensureTrustedHost(next, config.hosts);
    // ok: js/redirect-credential-leak
    const reply = await fetch(next, { redirect: 'manual', headers: { ...config.headers } });
    if (reply.status < 300 || reply.status >= 400) return reply;
    next = new URL(reply.headers.get('location'), next).href;
  }
}

// The check returns the parsed target, which is what is requested.
async function getParsed(link, config, depth = 0) {
  const parsed = verifyDestination(link, config.hosts);
  // ok: js/redirect-credential-leak
  const reply = await fetch(parsed.href, { redirect: 'manual', headers: { ...config.headers } });
  if (reply.status >= 300 && reply.status < 400 && depth < 5) return getParsed(new URL(reply.headers.get('location'), parsed.href).href, config, depth + 1);
  return reply;
}

// Checked once, before the loop: the hops after the first are not.
async function getOnceChecked(start, config) {
  ensureTrustedHost(start, config.hosts);
  let next = start;
  for (let i = 0; i < 5; i++) {
    // ruleid: js/redirect-credential-leak
    const reply = await fetch(next, { redirect: 'manual', headers: { ...config.headers } });
    if (reply.status < 300 || reply.status >= 400) return reply;
    next = new URL(reply.headers.get('location'), next).href;
  }
  return null;
}
