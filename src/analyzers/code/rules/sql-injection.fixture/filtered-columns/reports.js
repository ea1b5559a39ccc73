'use strict';

// Column names picked from the request, kept only when an allow-list has them: an array filter whose
// test is the allow-list narrows what it keeps. A filter that tests something else narrows nothing,
// and in `[column, value]` pairs checked by column the value is as free as it was.
const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const app = express();
const SORTABLE = new Set(['name', 'price', 'created_at']);
const COLUMNS = ['id', 'name', 'price'];

app.get('/items', async (req, res) => {
  const order = String(req.query.sort || '').split(',').map((part) => part.split(':'))
    .filter(([column]) => SORTABLE.has(column))
    .map(([column, dir]) => `${column} ${dir === 'desc' ? 'DESC' : 'ASC'}`)
    .join(', ');
  // ok: js/sql-injection
  res.json((await pool.query(`SELECT * FROM items ORDER BY ${order || 'name'}`)).rows);
});

app.get('/items/columns', async (req, res) => {
  const columns = String(req.query.fields).split(',').filter((c) => COLUMNS.includes(c));
  // ok: js/sql-injection
  res.json((await pool.query(`SELECT ${columns.join(', ')} FROM items`)).rows);
});

app.get('/items/count', async (req, res) => {
  const entries = Object.entries(req.query).filter(([column]) => SORTABLE.has(column));
  const where = entries.map(([column]) => `${column} = $1`).join(' AND ');
  // ok: js/sql-injection
  res.json((await pool.query(`SELECT COUNT(*) FROM items WHERE ${where}`, entries.map(([, v]) => String(v)))).rows);
});

app.get('/items/match', async (req, res) => {
  const where = Object.entries(req.query).filter(([column]) => SORTABLE.has(column))
    .map(([column, value]) => `${column} = '${value}'`).join(' AND ');
  // ruleid: js/sql-injection
  res.json((await pool.query(`SELECT * FROM items WHERE ${where}`)).rows);
});

app.get('/items/nonempty', async (req, res) => {
  const columns = String(req.query.fields).split(',').filter((c) => c.length > 0);
  // ruleid: js/sql-injection
  res.json((await pool.query(`SELECT ${columns.join(', ')} FROM items`)).rows);
});

app.get('/items/first', async (req, res) => {
  const column = String(req.query.fields).split(',').find((c) => {
    return COLUMNS.includes(c);
  });
  // ok: js/sql-injection
  res.json((await pool.query(`SELECT ${column ?? 'id'} FROM items`)).rows);
});

app.get('/items/valued', async (req, res) => {
  const order = Object.entries(req.query).filter(([, dir]) => dir === 'asc' || dir === 'desc')
    .map(([column, dir]) => `${column} ${dir}`).join(', ');
  // ruleid: js/sql-injection
  res.json((await pool.query(`SELECT * FROM items ORDER BY ${order}`)).rows);
});

function isSortable(column) {
  return SORTABLE.has(column);
}

function isNamed(column) {
  return column.length > 0;
}

app.get('/items/checked', async (req, res) => {
  const columns = String(req.query.fields).split(',').filter(isSortable);
  // ok: js/sql-injection
  res.json((await pool.query(`SELECT ${columns.join(', ')} FROM items`)).rows);
});

app.get('/items/named', async (req, res) => {
  const columns = String(req.query.fields).split(',').filter(isNamed);
  // ruleid: js/sql-injection
  res.json((await pool.query(`SELECT ${columns.join(', ')} FROM items`)).rows);
});

module.exports = app;
