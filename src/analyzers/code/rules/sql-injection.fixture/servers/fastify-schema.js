const fastify = require('fastify')();

// Fastify validates params, querystring and body against the route's schema before the handler
// runs: a key declared as an integer, boolean, enum or UUID cannot carry SQL.
fastify.get('/orders/:id', {
  schema: {
    params: { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] },
    querystring: { type: 'object', properties: { sort: { enum: ['asc', 'desc'] }, note: { type: 'string' } } },
  },
}, async (request) => {
  // ok: js/sql-injection
  const { rows } = await fastify.pg.query(`SELECT * FROM orders WHERE id = ${request.params.id} ORDER BY day ${request.query.sort}`);
  return rows;
});

fastify.get('/orders/:id/notes', {
  schema: { querystring: { type: 'object', properties: { note: { type: 'string' } } } },
}, async (request) => {
  const { note } = request.query;
  // ruleid: js/sql-injection
  const { rows } = await fastify.pg.query(`SELECT * FROM notes WHERE order_id = ${request.params.id} AND body LIKE '%${note}%'`);
  return rows;
});

// Without a schema the same id is text.
fastify.get('/invoices/:id', async (request) => {
  // ruleid: js/sql-injection
  const { rows } = await fastify.pg.query(`SELECT * FROM invoices WHERE id = ${request.params.id}`);
  return rows;
});
