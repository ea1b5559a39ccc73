// Error handlers that tell client errors (4xx: messages the application wrote for the client)
// from unexpected ones (no status, 500: messages that may name tables, paths, hosts).
const express = require('express');
const app = express();

app.use('/api', (err, req, res, next) => {
  const status = err.status || err.statusCode || 500;
  if (status < 500) {
    // ok: js/stack-trace-exposure
    return res.status(status).json({ error: err.message });
  }
  // ruleid: js/stack-trace-exposure
  res.status(status).json({ error: err.message });
});

app.use('/admin', (err, req, res, next) => {
  const status = err.status ?? 500;
  // ok: js/stack-trace-exposure
  res.status(status).json({ error: status === 500 ? 'internal error' : err.message });
});

app.use('/pages', (err, req, res, next) => {
  if (err.expose) {
    // ok: js/stack-trace-exposure
    return res.status(err.status).send(err.message);
  }
  if (err.statusCode >= 500) {
    // ruleid: js/stack-trace-exposure
    return res.status(err.statusCode).send(`failed: ${err.message}`);
  }
  // ok: js/stack-trace-exposure
  res.status(err.statusCode).send(err.message);
});

app.use('/forms', (err, req, res, next) => {
  if (err.name === 'ValidationError') {
    // ok: js/stack-trace-exposure
    return res.status(422).json({ error: 'invalid input', detail: err.message });
  }
  if (err.type === 'entity.parse.failed') {
    // ruleid: js/stack-trace-exposure
    return res.status(400).json({ error: 'bad json', stack: err.stack });
  }
  // A rendered error page: the template shows what the locals carry.
  // ruleid: js/stack-trace-exposure
  res.status(500).render('error', { message: err.message, stack: err.stack });
});

app.use((err, req, res, next) => {
  // ok: js/stack-trace-exposure
  res.status(500).render('error', { message: 'Something went wrong' });
});

const axios = require('axios');
app.post('/hooks/test', async (req, res) => {
  try {
    await axios.post('https://hooks.example.com/ping', { event: 'test' });
    res.json({ ok: true });
  } catch (err) {
    // A caught exception answered as a client error still says which host refused what.
    // ruleid: js/stack-trace-exposure
    res.status(422).json({ ok: false, error: err.message });
  }
});

const fastify = require('fastify')();
fastify.setErrorHandler((error, request, reply) => {
  if (error.validation) {
    // ok: js/stack-trace-exposure
    return reply.code(400).send({ error: 'Bad Request', message: error.message });
  }
  // ruleid: js/stack-trace-exposure
  reply.code(500).send({ error: 'Internal Server Error', message: error.message });
});

module.exports = { app, fastify };
