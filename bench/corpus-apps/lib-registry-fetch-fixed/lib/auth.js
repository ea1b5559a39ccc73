'use strict';

/**
 * Registry URLs from .npmrc may carry basic-auth credentials
 * (`https://ci-user:s3cr3t@npm.corp.example/`). fetch() refuses URLs with credentials, so they
 * move into an Authorization header and the request goes to the URL without them.
 */
function splitCredentials(url) {
  const u = new URL(url);
  let basic = null;
  if (u.username || u.password) {
    const user = decodeURIComponent(u.username);
    const pass = decodeURIComponent(u.password);
    basic = Buffer.from(`${user}:${pass}`).toString('base64');
    u.username = '';
    u.password = '';
  }
  return { href: u.href, basic };
}

function sameRegistry(target, registry) {
  const a = new URL(target);
  const b = new URL(registry);
  return a.protocol === b.protocol && a.host === b.host;
}

/**
 * Authorization for a request to `target`: the registry's token or basic credentials are sent
 * only to the registry's own origin (tarballs may be hosted elsewhere).
 */
function authHeader(target, { registry, token, basic, alwaysAuth }) {
  if (!sameRegistry(target, registry) && !alwaysAuth) return null;
  if (token) return `Bearer ${token}`;
  if (basic) return `Basic ${basic}`;
  return null;
}

module.exports = { splitCredentials, sameRegistry, authHeader };
