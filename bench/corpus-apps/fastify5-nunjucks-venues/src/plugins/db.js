import fp from 'fastify-plugin';
import postgres from '@fastify/postgres';
import config from '../config.js';

async function db(fastify) {
  await fastify.register(postgres, {
    connectionString: config.databaseUrl,
    max: 10,
    ssl: config.production ? { rejectUnauthorized: true } : false,
  });
}

export default fp(db, { name: 'db' });
