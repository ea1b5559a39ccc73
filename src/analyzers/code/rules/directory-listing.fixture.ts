import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import path from 'node:path';

const app = Fastify();
app.register(fastifyStatic, {
  root: path.join(__dirname, 'reports'),
  prefix: '/reports/',
  // ruleid: js/directory-listing
  list: true,
});
app.register(fastifyStatic, {
  root: path.join(__dirname, 'public'),
  decorateReply: false,
  // ok: js/directory-listing
  list: false,
});
export default app;
