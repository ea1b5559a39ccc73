// A helper given the request that hands back its token's claims is the request's identity.
const jwt = require('jsonwebtoken');
const fp = require('fastify-plugin');

module.exports = fp(async function partnerPlugin(fastify) {
  fastify.decorate('partnerOf', function partnerOf(request) {
    const raw = request.headers['x-partner-token'];
    if (!raw) return null;
    // ruleid: js/jwt-decode-without-verify
    return jwt.decode(String(raw));
  });

  fastify.decorate('partnerVerified', function partnerVerified(request) {
    const raw = request.headers['x-partner-token'];
    if (!raw) return null;
    // ok: js/jwt-decode-without-verify
    return jwt.verify(String(raw), process.env.PARTNER_KEY, { algorithms: ['HS256'] });
  });

  // Reading the header's key id to choose the key, then verifying.
  fastify.decorate('partnerKeyed', function partnerKeyed(request) {
    const raw = String(request.headers['x-partner-token'] ?? '');
    // ok: js/jwt-decode-without-verify
    const kid = jwt.decode(raw, { complete: true })?.header.kid;
    return jwt.verify(raw, process.env[`PARTNER_KEY_${kid}`], { algorithms: ['HS256'] });
  });
});
