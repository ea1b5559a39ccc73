import express from 'express';
import { OrderReports, byKey, cache } from './reports.js';

const warehouse = require('./warehouse');
const router = express.Router();

// Constructor injection: the backend is whatever the caller passes.
class Metrics {
  constructor(backend) {
    this.backend = backend;
  }

  run(expression) {
    // ruleid: js/sql-injection
    return this.backend.query(expression);
  }

  count(table) {
    // ok: js/sql-injection
    return this.backend.query('select count(*) from metrics where tbl = $1', [table]);
  }
}

const reports = new OrderReports();

router.get('/stock', async (req, res) => {
  // ruleid: js/sql-injection
  const { rows } = await warehouse.query(req.query.filter);
  res.json(rows);
});

router.get('/stock/:sku', async (req, res) => {
  // ok: js/sql-injection
  const { rows } = await warehouse.query('select * from stock where sku = $1', [req.params.sku]);
  res.json(rows);
});

router.get('/orders', async (req, res) => {
  res.json(await reports.byCustomer(req.query.customer));
});

router.get('/orders/safe', async (req, res) => {
  res.json(await reports.byCustomerSafe(req.query.customer));
});

router.get('/metrics', async (req, res) => {
  const metrics = new Metrics(warehouse);
  res.json({ rows: await metrics.run(req.query.expr), total: await metrics.count(req.query.table) });
});

router.get('/kv/:key', (req, res) => {
  // A prepared statement's get() binds parameters.
  // ok: js/sql-injection
  res.json(byKey.get(req.params.key));
});

router.get('/kv', (req, res) => {
  // ruleid: js/sql-injection
  res.json(cache.prepare(req.query.sql).all());
});

export default router;
