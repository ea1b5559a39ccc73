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
