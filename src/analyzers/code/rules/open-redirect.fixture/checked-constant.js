export default async function authRoutes(fastify) {
  // The check is kept in a constant, then tested.
  fastify.get('/admin/continue', async (request, reply) => {
    const target = String(request.query.to ?? '/admin');
    const allowed = target.startsWith('/admin/') && !target.includes('//') && !target.includes('\\');
    // ok: js/open-redirect
    return reply.redirect(allowed ? target : '/admin');
  });

  fastify.get('/admin/resume', async (request, reply) => {
    const target = String(request.query.to ?? '/admin');
    const local = target.startsWith('/') && !target.startsWith('//') && !target.includes('\\');
    if (!local) return reply.redirect('/admin');
    // ok: js/open-redirect
    return reply.redirect(target);
  });

  // A check of something else proves nothing about where the redirect goes.
  fastify.get('/admin/back', async (request, reply) => {
    const target = String(request.query.to ?? '/admin');
    const short = target.length < 200;
    // ruleid: js/open-redirect
    return reply.redirect(short ? target : '/admin');
  });

  // The checked variable is replaced after the check.
  fastify.get('/admin/next', async (request, reply) => {
    let target = String(request.query.to ?? '/admin');
    const allowed = target.startsWith('/admin/') && !target.includes('//') && !target.includes('\\');
    if (request.query.alt) target = String(request.query.alt);
    // ruleid: js/open-redirect
    return reply.redirect(allowed ? target : '/admin');
  });
}
