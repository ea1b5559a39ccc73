import Fastify from 'fastify';
import mysql from 'mysql';

const fastify = Fastify();
const db = mysql.createPool({ host: 'db' });

// No body schema: request.body.code is whatever JSON the client sent.
fastify.post('/verify', (request, reply) => {
  // ruleid: js/sql-injection
  db.query('SELECT id FROM users WHERE verify_code = ?', [request.body.code], (err, rows) => reply.send(rows));
});

// The schema types `code` as a string: Fastify rejects an object before the handler runs.
fastify.post('/verify-typed', { schema: { body: { type: 'object', properties: { code: { type: 'string' } } } } }, (request, reply) => {
  // ok: js/sql-injection
  db.query('SELECT id FROM users WHERE verify_code = ?', [request.body.code], (err, rows) => reply.send(rows));
});

fastify.get('/count', (request, reply) => {
  const limit = parseInt(request.body.limit, 10);
  // ok: js/sql-injection
  db.query('SELECT id FROM users LIMIT ?', [limit], (err, rows) => reply.send(rows));
});
