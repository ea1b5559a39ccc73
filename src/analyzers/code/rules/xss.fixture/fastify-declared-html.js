// Fastify sends a string as text/plain unless the reply was declared HTML, in the same chain or
// in an earlier statement; an async handler's returned string is sent the same way.
const fastify = require('fastify')({ logger: true });

function escapeHtml(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

fastify.get('/hello', async (request, reply) => {
  const who = String(request.query.who ?? 'world');
  reply.header('content-type', 'text/html; charset=utf-8');
  // ruleid: js/xss
  return reply.send(`<p>Hello ${who}</p>`);
});

fastify.get('/hello-escaped', async (request, reply) => {
  const who = String(request.query.who ?? 'world');
  reply.header('content-type', 'text/html; charset=utf-8');
  // ok: js/xss
  return reply.send(`<p>Hello ${escapeHtml(who)}</p>`);
});

fastify.get('/card', async (request, reply) => {
  reply.type('text/html');
  // ruleid: js/xss
  return `<div class="card">${request.query.title}</div>`;
});

fastify.get('/card.txt', async (request, reply) => {
  reply.type('text/plain');
  // ok: js/xss
  return `card: ${request.query.title}`;
});

fastify.get('/card-plain', async (request) => {
  // ok: js/xss
  return `<div class="card">${request.query.title}</div>`;
});
