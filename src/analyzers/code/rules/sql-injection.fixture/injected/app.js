// Objects wired in one file (constructor injection), used through methods defined in other files.
const express = require('express');
const { Pool } = require('pg');
const OrderRepo = require('./order-repo');
const OrderService = require('./order-service');

const pool = new Pool();
const orders = new OrderService(new OrderRepo(pool));
const app = express();

app.get('/orders', async (req, res) => {
  res.json(await orders.byCustomer(req.query.customer));
});

app.get('/orders/:id', async (req, res) => {
  res.json(await orders.byId(req.params.id));
});

module.exports = app;
