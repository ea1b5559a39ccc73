// Fastify 5 (and Express 4's deprecated form) take the status after the URL.
const fastify = require('fastify')();

fastify.post('/signin', async (request, reply) => {
  const { returnTo } = request.body ?? {};
  // ruleid: js/open-redirect
  return reply.redirect(returnTo || '/home', 303);
});

fastify.post('/signout', async (request, reply) => {
  const { returnTo } = request.body ?? {};
  const known = { home: '/home', cart: '/cart' };
  // ok: js/open-redirect
  return reply.redirect(Object.hasOwn(known, returnTo) ? known[returnTo] : '/home', 303);
});

fastify.get('/moved', async (request, reply) => {
  // ok: js/open-redirect
  return reply.redirect(`/items/${encodeURIComponent(request.query.id)}`, 301);
});
