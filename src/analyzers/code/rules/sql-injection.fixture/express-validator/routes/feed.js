// This file does not read the validation result: a check counts only where a validate middleware enforces it.
const express = require('express');
const { query } = require('express-validator');
const { Pool } = require('pg');
const validate = require('../middleware/validate');

const pool = new Pool();
const router = express.Router();

router.get('/feed', query('order').isIn(['asc', 'desc']), validate, async (req, res) => {
  // ok: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM feed ORDER BY created_at ${req.query.order}`);
  res.json(rows);
});

router.get('/unchecked', query('order').isIn(['asc', 'desc']), async (req, res) => {
  // The chain records an error, but nothing stops the request.
  // ruleid: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM feed ORDER BY created_at ${req.query.order}`);
  res.json(rows);
});

router.get('/page', query('page').toInt(), async (req, res) => {
  // A conversion holds whether or not errors are read.
  // ok: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM feed OFFSET ${req.query.page * 20}`);
  res.json(rows);
});

module.exports = router;
