// Fastify's reply.redirect() sends the target as written (Express's res.redirect() percent-encodes
// `\`): a check for '/' and not '//' leaves '/\evil.example', which browsers read as //evil.example.
export default async function sessionRoutes(fastify) {
  fastify.post('/session/done', async (request, reply) => {
    const { next: to } = request.body;
    if (!to.startsWith('/') || to.startsWith('//')) return reply.redirect('/');
    // ruleid: js/open-redirect
    return reply.redirect(to);
  });

  fastify.post('/session/finish', async (request, reply) => {
    const { next: to } = request.body;
    if (!to.startsWith('/') || to.startsWith('//') || to.startsWith('/\\')) return reply.redirect('/');
    // ok: js/open-redirect
    return reply.redirect(to);
  });

  fastify.post('/session/close', (request, reply) => {
    const { next: to = '/' } = request.body;
    if (!to.startsWith('/') || to.startsWith('//') || to.includes('\\')) {
      reply.redirect('/');
      return;
    }
    // ok: js/open-redirect
    reply.redirect(to);
  });

  fastify.post('/session/leave', async ({ body }, reply) => {
    const to = body.next;
    // ok: js/open-redirect
    return reply.redirect(to.startsWith('/') && !to.startsWith('//') && !to.startsWith('/\\') ? to : '/');
  });

  // A leading '/' alone: '//evil.example' passes.
  fastify.post('/session/back', async (request, reply) => {
    const { next: to } = request.body;
    if (!to.startsWith('/')) return reply.redirect('/');
    // ruleid: js/open-redirect
    return reply.redirect(to);
  });

  // Unanchored: 'https://evil.example/x' contains a '/' and no '//' at its start.
  fastify.post('/session/around', async (request, reply) => {
    const { next: to } = request.body;
    if (!to.includes('/') || to.startsWith('//') || to.startsWith('/\\')) return reply.redirect('/');
    // ruleid: js/open-redirect
    return reply.redirect(to);
  });

  // The other field was checked.
  fastify.post('/session/swap', async (request, reply) => {
    const { next: to, prev } = request.body;
    if (!prev.startsWith('/') || prev.startsWith('//') || prev.startsWith('/\\')) return reply.redirect('/');
    // ruleid: js/open-redirect
    return reply.redirect(to);
  });
}
