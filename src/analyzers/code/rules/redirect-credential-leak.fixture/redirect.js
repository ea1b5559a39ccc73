// The same follower, dropping credentials when the redirect leaves the origin.
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

function nextRequest(previous, response) {
  const target = new URL(String(response.headers.location), previous.url);
  const headers = { ...previous.headers };
  if (target.origin !== new URL(previous.url).origin) {
    for (const name of CREDENTIAL_HEADERS) delete headers[name];
  }
  return {
    ...previous,
    url: target.href,
    // ok: js/redirect-credential-leak
    headers,
  };
}

module.exports = { nextRequest };
