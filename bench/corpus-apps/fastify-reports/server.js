import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import https from 'node:https';
import dbPlugin from './plugins/db.js';
import reportRoutes from './routes/reports.js';
import importRoutes from './routes/imports.js';
import authRoutes from './routes/auth.js';

const fastify = Fastify({ logger: true, trustProxy: true });

await fastify.register(cookie);
await fastify.register(formbody);
await fastify.register(dbPlugin);
await fastify.register(reportRoutes);
await fastify.register(importRoutes, { prefix: '/api' });
await fastify.register(authRoutes);

// The warehouse system uses a self-signed certificate.
// vuln: CWE-295
const warehouseAgent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });

fastify.get('/warehouse/status', async () => {
  const res = await fetch('https://warehouse.internal/status', { agent: warehouseAgent });
  return res.json();
});

await fastify.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
