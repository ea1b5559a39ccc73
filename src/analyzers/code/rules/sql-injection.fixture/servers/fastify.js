import Fastify from 'fastify';
import sqlite3 from 'better-sqlite3';

const db = sqlite3('app.db');
const fastify = Fastify();

fastify.get('/books', async (request, reply) => {
  // ruleid: js/sql-injection
  const books = db.prepare(`SELECT * FROM books WHERE author = '${request.query.author}'`).all();
  // ok: js/sql-injection
  const same = db.prepare('SELECT * FROM books WHERE author = ?').all(request.query.author);
  return { books, same };
});

fastify.route({
  method: 'POST',
  url: '/books',
  handler: async (request, reply) => {
    // ruleid: js/sql-injection
    db.exec(`DELETE FROM books WHERE id = ${request.body.id}`);
    return { ok: true };
  },
});
