'use strict';

const express = require('express');
const { pool } = require('./db');
const { requestContext } = require('./context');

const router = express.Router();
router.use(requestContext);

router.get('/reports', async (req, res) => {
  // ruleid: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM ${req.tenant}.reports ORDER BY created_at DESC`);
  res.json(rows);
});

router.get('/reports/recent', async (req, res) => {
  // ok: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM reports ORDER BY created_at DESC LIMIT ${req.pageSize}`);
  res.json(rows);
});

router.get('/reports/mine', async (req, res) => {
  if (!req.account) return res.status(401).end();
  // ok: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM reports WHERE account_id = ${req.account.id}`);
  res.json(rows);
});

module.exports = router;
