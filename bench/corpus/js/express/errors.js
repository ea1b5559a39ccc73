// Orders service with error handling
const express = require('express');
const Order = require('./models/order');
const logger = require('./logger');

const app = express();
app.use(express.json());

app.get('/orders/:id', async (req, res) => {
  try {
    const order = await Order.findById(String(req.params.id));
    res.json(order);
  } catch (err) {
    // ruleid: js/stack-trace-exposure
    res.status(500).json({ message: 'Something went wrong', error: err.stack });
  }
});

app.post('/orders', async (req, res) => {
  try {
    const order = await Order.create({ items: req.body.items, userId: String(req.body.userId) });
    res.status(201).json(order);
  } catch (error) {
    // ruleid: js/stack-trace-exposure
    res.status(500).send(error.toString());
  }
});

app.put('/orders/:id', (req, res) => {
  Order.updateOne({ _id: String(req.params.id) }, { status: String(req.body.status) })
    .then(() => res.sendStatus(204))
    .catch((e) => {
      // ruleid: js/stack-trace-exposure
      res.status(500).json({ error: e.message, details: e });
    });
});

// Safe: log the details, send a generic message with a correlation id
app.delete('/orders/:id', async (req, res) => {
  try {
    await Order.deleteOne({ _id: String(req.params.id) });
    res.sendStatus(204);
  } catch (err) {
    const ref = Date.now().toString(36);
    logger.error({ err, ref }, 'delete failed');
    // ok: js/stack-trace-exposure
    res.status(500).json({ error: 'Internal server error', ref });
  }
});

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  console.error(err.stack);
  // ruleid: js/stack-trace-exposure
  res.status(500).send(`<pre>${err.stack}</pre>`);
});

module.exports = app;
