const express = require('express');
const app = express();

app.get('/users/:id', async (req, res) => {
  try {
    const user = await db.getUser(req.params.id);
    res.json(user);
  } catch (err) {
    // ruleid: js/stack-trace-exposure
    res.status(500).json({ error: err.message, stack: err.stack });
  }
});

app.get('/orders', async (req, res) => {
  try {
    res.json(await db.getOrders());
  } catch (error) {
    // ruleid: js/stack-trace-exposure
    res.status(500).send(error.stack);
  }
});

app.get('/items', async (req, res) => {
  try {
    res.json(await db.getItems());
  } catch (error) {
    console.error(error);
    // ok: js/stack-trace-exposure
    res.status(500).json({ error: 'Internal server error' });
  }
});

app.get('/dev', async (req, res) => {
  try {
    res.json(await db.getItems());
  } catch (err) {
    // ok: js/stack-trace-exposure
    res.status(500).json({ error: 'failed', ...(process.env.NODE_ENV === 'development' && { stack: err.stack }) });
  }
});

// Error-handling middleware: (err, req, res, next)
app.use((err, req, res, next) => {
  // ruleid: js/stack-trace-exposure
  res.status(err.status || 500).json({ message: err.message });
});

app.get('/promise', (req, res) => {
  db.getItems()
    .then((items) => res.json(items))
    // ruleid: js/stack-trace-exposure
    .catch((e) => res.status(500).send(`Error: ${e}`));
});

class HttpError extends Error {}
app.use((err, req, res, next) => {
  if (err instanceof HttpError) {
    // ok: js/stack-trace-exposure
    return res.status(400).json({ error: err.message });
  }
  const body = { error: 'Internal error' };
  if (process.env.NODE_ENV === 'development') body.stack = err.stack;
  // ok: js/stack-trace-exposure
  res.status(500).json(body);
});

const Koa = require('koa');
const koa = new Koa();
koa.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    // ruleid: js/stack-trace-exposure
    ctx.body = { message: err.message, stack: err.stack };
  }
});

exports.getItem = async (event) => {
  try {
    return { statusCode: 200, body: JSON.stringify(await db.getItem(event.pathParameters.id)) };
  } catch (err) {
    // ruleid: js/stack-trace-exposure
    return { statusCode: 500, body: JSON.stringify({ error: err.stack }) };
  }
};
