// Routes that call the shared helpers across files
import express from 'express';
import { findCustomersByName, findCustomerById, buildOrderBy, listInvoices, countByStatus } from './repo-helpers.mjs';
import { renderCustomerPage } from './html-render.cjs';
import { runCommand } from './shell.cjs';

export const router = express.Router();

router.get('/customers', async (req, res) => {
  res.json(await findCustomersByName(req.query.name));
});

router.get('/customers/:id', async (req, res) => {
  res.json(await findCustomerById(req.params.id));
});

router.get('/invoices', async (req, res) => {
  const { sortBy, dir } = req.query;
  res.json(await listInvoices(buildOrderBy(sortBy, dir)));
});

router.get('/invoices/stats', async (req, res) => {
  res.json(await countByStatus());
});

router.get('/customers/:id/page', async (req, res) => {
  const customer = await findCustomerById(req.params.id);
  // ruleid: js/xss
  res.send(renderCustomerPage(customer, req.query.note));
});

router.post('/maintenance/archive', async (req, res) => {
  const { year } = req.body;
  // ruleid: js/command-injection
  const output = await runCommand(`tar czf /archive/${year}.tgz /data/${year}`);
  res.json({ output });
});
