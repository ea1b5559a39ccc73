// Dependencies wired as one options object each (awilix's injection style), used in other files.
const express = require('express');
const { Pool } = require('pg');
const OrderRepo = require('./order-repo');
const OrderService = require('./order-service');

const db = new Pool();
const orderRepo = new OrderRepo({ db });
const orders = new OrderService({ orderRepo });
const app = express();

app.get('/orders', async (req, res) => {
  res.json(await orders.byCustomer(req.query.customer));
});

app.get('/orders/:id', async (req, res) => {
  res.json(await orders.byId(req.params.id));
});

module.exports = app;
