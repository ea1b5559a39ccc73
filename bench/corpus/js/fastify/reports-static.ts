// Serve generated PDF reports to customers
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import path from 'node:path';

const app = Fastify({ logger: true });

app.register(fastifyStatic, {
  root: path.join(__dirname, 'generated-reports'),
  prefix: '/reports/',
  // ruleid: js/directory-listing
  list: true,
});

app.get('/health', async () => ({ ok: true }));

app.listen({ port: 3000 });
