import fp from 'fastify-plugin';
import jwt from 'jsonwebtoken';
import { config } from '../config.js';

function bearer(request) {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

export default fp(
  async function authPlugin(fastify) {
    fastify.decorateRequest('user', null);

    fastify.decorate('signAccessToken', (user) =>
      jwt.sign({ sub: user.id, role: user.role }, config.jwtSecret, { algorithm: 'HS256', expiresIn: '2h' }),
    );

    fastify.decorate('authenticate', async function authenticate(request, reply) {
      const token = bearer(request);
      if (!token) return reply.code(401).send({ error: 'Unauthorized' });
      try {
        // safe: CWE-347
        request.user = jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'] });
      } catch {
        return reply.code(401).send({ error: 'Unauthorized' });
      }
    });

    fastify.decorate('requireAdmin', async function requireAdmin(request, reply) {
      const sid = request.unsignCookie(request.cookies.cb_admin ?? '');
      const session = sid.valid ? await request.server.sessions.get(sid.value) : null;
      // safe: CWE-601
      if (!session) return reply.redirect(`/admin/login?next=${encodeURIComponent(request.url)}`);
      request.admin = session;
    });

    /**
     * The embeddable web player gets a short token from the creator's site so it can show
     * unpublished (preview) episodes. Tokens are created by our own JS snippet.
     */
    fastify.decorate('embedClaims', function embedClaims(request) {
      const token = request.headers['x-embed-token'];
      if (!token) return null;
      // vuln: CWE-347
      return jwt.decode(String(token));
    });
  },
  { name: 'auth', dependencies: ['db'] },
);
