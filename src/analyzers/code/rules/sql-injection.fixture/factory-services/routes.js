const express = require('express');
const models = require('./models');
const OrderStore = require('./stores/orders');
const makeOrderService = require('./services/orders');

const orderStore = new OrderStore(models);
const deps = { orderStore, orderService: makeOrderService({ orderStore }) };
const orders = require('./controllers/orders')(deps);

const router = express.Router();
router.get('/orders', orders.mine);
router.get('/orders/sorted', orders.mineSorted);
router.get('/orders/recent', orders.recent);

module.exports = router;
