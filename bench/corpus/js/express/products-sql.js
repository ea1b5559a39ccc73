// Product catalogue API (Express + mysql2)
const express = require('express');
const mysql = require('mysql2/promise');

const router = express.Router();
const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: process.env.DB_NAME,
});

const SORTABLE_COLUMNS = ['name', 'price', 'created_at'];

// GET /products?category=shoes&sort=price
router.get('/products', async (req, res) => {
  const { category, sort } = req.query;
  let sql = 'SELECT * FROM products';
  if (category) {
    sql += " WHERE category = '" + category + "'";
  }
  if (sort) {
    sql += ` ORDER BY ${sort}`;
  }
  // ruleid: js/sql-injection
  const [rows] = await pool.query(sql);
  res.json(rows);
});

// Safe: placeholders + allow-listed sort column
router.get('/v2/products', async (req, res) => {
  const { category } = req.query;
  const sort = SORTABLE_COLUMNS.includes(req.query.sort) ? req.query.sort : 'name';
  // ok: js/sql-injection
  const [rows] = await pool.execute(`SELECT * FROM products WHERE category = ? ORDER BY ${sort}`, [category]);
  res.json(rows);
});

router.get('/products/:id', async (req, res) => {
  // ruleid: js/sql-injection
  const [rows] = await pool.query(`SELECT * FROM products WHERE id = ${req.params.id}`);
  if (!rows.length) return res.status(404).json({ message: 'Not found' });
  res.json(rows[0]);
});

router.get('/v2/products/:id', async (req, res) => {
  // ok: js/sql-injection
  const [rows] = await pool.query('SELECT * FROM products WHERE id = ?', [req.params.id]);
  res.json(rows[0] ?? null);
});

router.delete('/products/:id', async (req, res) => {
  const id = parseInt(req.params.id, 10);
  if (Number.isNaN(id)) return res.status(400).json({ message: 'Bad id' });
  // ok: js/sql-injection
  await pool.query(`DELETE FROM products WHERE id = ${id}`);
  res.sendStatus(204);
});

router.post('/products/bulk-price', async (req, res) => {
  const { ids, percent } = req.body;
  const idList = ids.join(',');
  // ruleid: js/sql-injection
  await pool.execute(`UPDATE products SET price = price * ${percent} WHERE id IN (${idList})`);
  res.json({ updated: ids.length });
});

router.get('/stats', async (req, res) => {
  // ok: js/sql-injection
  const [rows] = await pool.query('SELECT category, COUNT(*) AS n FROM products GROUP BY category');
  res.json(rows);
});

module.exports = router;
