import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import { exec } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import knex from 'knex';

const app = Fastify({ logger: true });
const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
const REPORTS_DIR = path.join(process.cwd(), 'reports');

// ruleid: js/permissive-cors
await app.register(cors, { origin: '*' });

type SearchQuery = { q: string; sort?: string };

app.get('/articles', async (request: FastifyRequest<{ Querystring: SearchQuery }>) => {
  const { q, sort } = request.query;
  // ruleid: js/sql-injection
  return db.raw(`SELECT * FROM articles WHERE title ILIKE '%${q}%' ORDER BY ${sort ?? 'id'}`);
});

app.get('/v2/articles', async (request: FastifyRequest<{ Querystring: SearchQuery }>) => {
  // ok: js/sql-injection
  return db('articles').whereILike('title', `%${request.query.q}%`).orderBy('id');
});

app.get('/authors', async (request: FastifyRequest<{ Querystring: { name: string } }>) => {
  // ruleid: js/sql-injection
  return db('authors').whereRaw(`name = '${request.query.name}'`);
});

app.get('/v2/authors', async (request: FastifyRequest<{ Querystring: { name: string } }>) => {
  // ok: js/sql-injection
  return db('authors').whereRaw('name = ?', [request.query.name]);
});

app.get('/reports/:name', async (request: FastifyRequest<{ Params: { name: string } }>, reply: FastifyReply) => {
  // ruleid: js/path-traversal
  const data = await readFile(path.join(REPORTS_DIR, request.params.name));
  return reply.type('application/pdf').send(data);
});

app.get('/v2/reports/:name', async (request: FastifyRequest<{ Params: { name: string } }>, reply: FastifyReply) => {
  // ok: js/path-traversal
  const data = await readFile(path.join(REPORTS_DIR, path.basename(request.params.name)));
  return reply.type('application/pdf').send(data);
});

app.post('/git/clone', async (request: FastifyRequest<{ Body: { repo: string } }>, reply: FastifyReply) => {
  const { repo } = request.body;
  // ruleid: js/command-injection
  exec(`git clone ${repo} /tmp/workspace`, (err) => {
    if (err) request.log.error(err);
  });
  return reply.code(202).send({ queued: true });
});

app.get('/greet', async (request: FastifyRequest<{ Querystring: { name: string } }>, reply: FastifyReply) => {
  // ruleid: js/xss
  return reply.type('text/html').send(`<p>Hi ${request.query.name}</p>`);
});

app.setErrorHandler((error, request, reply) => {
  // ruleid: js/stack-trace-exposure
  reply.status(500).send({ error: error.message, stack: error.stack });
});

await app.listen({ port: 3000, host: '127.0.0.1' });
