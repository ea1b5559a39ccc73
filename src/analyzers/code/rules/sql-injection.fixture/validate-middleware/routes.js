const express = require('express');
const { Pool } = require('pg');
const { validate } = require('./validate');
const { idParams, listQuery } = require('./schemas');

const pool = new Pool();
const router = express.Router();

router.get('/items/:id', validate(idParams, 'params'), async (req, res) => {
  // ok: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM items WHERE id = '${req.params.id}'`);
  res.json(rows[0]);
});

router.get('/items', validate(listQuery, 'query'), async (req, res) => {
  // ok: js/sql-injection
  const sorted = await pool.query(`SELECT * FROM items ORDER BY ${req.query.sort}`);
  // ruleid: js/sql-injection
  const found = await pool.query(`SELECT * FROM items WHERE name = '${req.query.q}'`);
  res.json([...sorted.rows, ...found.rows]);
});

router.get('/raw/:id', async (req, res) => {
  // ruleid: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM items WHERE id = '${req.params.id}'`);
  res.json(rows[0]);
});

module.exports = router;
