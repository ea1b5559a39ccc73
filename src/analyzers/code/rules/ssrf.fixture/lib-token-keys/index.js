// A library package: verifies compact tokens with keys downloaded from a JWK Set URL.
const { fetchKeys } = require('./keys');

function decodeHeader(token) {
  const parts = String(token).split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) throw new Error('malformed token');
  return JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
}

// The token's own header names the key set (`jku`): its author sends the server wherever it likes.
async function keysFor(token) {
  const header = decodeHeader(token);
  return fetchKeys(header.jku);
}

// The key set URL the application configured: the token only picks a key in it by `kid`.
async function configuredKeys(token, options) {
  const header = decodeHeader(token);
  // ok: js/ssrf
  const res = await fetch(options.jwksUri, { headers: { 'x-key-id': String(header.kid) } });
  return (await res.json()).keys.find((k) => k.kid === header.kid);
}

module.exports = { keysFor, configuredKeys, fetchKeys };
