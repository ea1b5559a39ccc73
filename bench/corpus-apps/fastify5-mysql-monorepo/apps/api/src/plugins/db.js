import fp from 'fastify-plugin';
import { createPool } from '@castbase/db';

export default fp(
  async function dbPlugin(fastify) {
    const pool = createPool();
    fastify.decorate('db', pool);
    fastify.addHook('onClose', async () => {
      await pool.end();
    });
  },
  { name: 'db' },
);
