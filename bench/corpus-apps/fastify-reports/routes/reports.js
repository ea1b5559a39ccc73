import { spawn } from 'node:child_process';
import path from 'node:path';
import { escapeHtml } from '../lib/escape.js';

const OUT_DIR = '/srv/reports/out';

export default async function reportRoutes(fastify) {
  fastify.get('/reports', async (request) => {
    const { from, to, region } = request.query;
    // vuln: CWE-89
    const { rows } = await fastify.pg.query(`SELECT * FROM sales WHERE day BETWEEN '${from}' AND '${to}' AND region = $1`, [region]);
    return rows;
  });

  fastify.get('/reports/safe', async (request) => {
    const { from, to, region } = request.query;
    // safe: CWE-89
    const { rows } = await fastify.pg.query('SELECT * FROM sales WHERE day BETWEEN $1 AND $2 AND region = $3', [from, to, region]);
    return rows;
  });

  fastify.get('/reports/:id', {
    schema: { params: { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] } },
  }, async (request) => {
    // safe: CWE-89
    const { rows } = await fastify.pg.query(`SELECT * FROM reports WHERE id = ${request.params.id}`);
    return rows[0];
  });

  fastify.get('/reports/by-owner/:owner', async (request) => {
    const client = await fastify.pg.connect();
    try {
      // vuln: CWE-89
      const { rows } = await client.query('SELECT * FROM reports WHERE owner = \'' + request.params.owner + '\'');
      return rows;
    } finally {
      client.release();
    }
  });

  fastify.post('/reports/pdf', async (request, reply) => {
    const { file, title } = request.body;
    const out = path.join(OUT_DIR, `${Date.now()}.pdf`);
    // vuln: CWE-78
    const child = spawn('sh', ['-c', `wkhtmltopdf --title "${title}" ${file} ${out}`]);
    await new Promise((resolve) => child.on('close', resolve));
    return reply.send({ out: path.basename(out) });
  });

  fastify.post('/reports/pdf/v2', async (request, reply) => {
    const { file, title } = request.body;
    const out = path.join(OUT_DIR, `${Date.now()}.pdf`);
    // safe: CWE-78
    const child = spawn('wkhtmltopdf', ['--title', String(title), '--', path.join('/srv/reports/html', path.basename(file)), out]);
    await new Promise((resolve) => child.on('close', resolve));
    return reply.send({ out: path.basename(out) });
  });

  fastify.get('/reports/empty', async (request, reply) => {
    // vuln: CWE-79
    reply.type('text/html').send(`<p>No report matches <b>${request.query.q}</b>.</p>`);
  });

  fastify.get('/reports/empty/v2', async (request, reply) => {
    // safe: CWE-79
    reply.type('text/html').send(`<p>No report matches <b>${escapeHtml(request.query.q)}</b>.</p>`);
  });

  fastify.get('/reports/missing', async (request, reply) => {
    // safe: CWE-79
    reply.send({ message: `No report matches ${request.query.q}` });
  });
}
