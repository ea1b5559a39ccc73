const express = require('express');
const mysql = require('mysql2/promise');
const { Pool } = require('pg');

const app = express();
app.use(express.json());
const pool = mysql.createPool({ host: 'db', user: 'app', database: 'app' });
const pg = new Pool();

// A JSON body field may be an object: {"token": {"reset_token": 1}} matches every row.
app.post('/reset', async (req, res) => {
  const { token } = req.body;
  // ruleid: js/sql-injection
  const [rows] = await pool.query('SELECT id FROM users WHERE reset_token = ?', [token]);
  res.json(rows[0] ?? null);
});

app.post('/reset-single', async (req, res) => {
  // ruleid: js/sql-injection
  const [rows] = await pool.query('SELECT id FROM users WHERE reset_token = ?', req.body.token);
  res.json(rows);
});

app.post('/reset-string', async (req, res) => {
  // ok: js/sql-injection
  const [rows] = await pool.query('SELECT id FROM users WHERE reset_token = ?', [String(req.body.token)]);
  res.json(rows);
});

app.post('/reset-typeof', async (req, res) => {
  const { token } = req.body;
  if (typeof token !== 'string') return res.sendStatus(400);
  // ok: js/sql-injection
  const [rows] = await pool.query('SELECT id FROM users WHERE reset_token = ?', [token]);
  res.json(rows);
});

app.get('/users/:id', async (req, res) => {
  // ok: js/sql-injection
  const [rows] = await pool.query('SELECT id FROM users WHERE id = ?', [req.params.id]);
  res.json(rows);
});

app.post('/users', async (req, res) => {
  // A placeholder after SET takes an object on purpose: keys become escaped column names.
  // ok: js/sql-injection
  await pool.query('INSERT INTO users SET ?', [{ name: req.body.name, email: req.body.email }]);
  res.sendStatus(201);
});

app.post('/prepared', async (req, res) => {
  // mysql2 execute() binds an object as one JSON value (binary protocol), not key = value pairs.
  // ok: js/sql-injection
  const [rows] = await pool.execute('SELECT id FROM users WHERE reset_token = ?', [req.body.token]);
  res.json(rows);
});

app.post('/pg', async (req, res) => {
  // pg sends $1 values as parameters; an object is not expanded.
  // ok: js/sql-injection
  const { rows } = await pg.query('SELECT id FROM users WHERE reset_token = $1', [req.body.token]);
  res.json(rows);
});

app.post('/format', (req, res) => {
  // ruleid: js/sql-injection
  const sql = mysql.format('SELECT id FROM users WHERE email = ? AND code = ?', [String(req.body.email), req.body.code]);
  res.json({ sql });
});

module.exports = app;
