const express = require('express');
const { query, param, body, checkSchema, validationResult } = require('express-validator');
const { Pool } = require('pg');
const posts = require('./controllers/posts');
const validate = require('./middleware/validate');

const pool = new Pool();
const app = express();
app.use(express.json());

app.get('/posts', query('sort').isIn(['title', 'created_at']), query('limit').isInt({ min: 1, max: 100 }), async (req, res) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) return res.status(400).json({ errors: errors.array() });
  // ok: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM posts ORDER BY ${req.query.sort} LIMIT ${req.query.limit}`);
  res.json(rows);
});

app.get('/users/:id', [param('id').isInt().toInt()], async (req, res) => {
  if (!validationResult(req).isEmpty()) return res.sendStatus(400);
  // ok: js/sql-injection
  const { rows } = await pool.query('SELECT * FROM users WHERE id = ' + req.params.id);
  res.json(rows);
});

app.get('/search', query('q').isString().trim().notEmpty(), async (req, res) => {
  if (!validationResult(req).isEmpty()) return res.sendStatus(400);
  // A string check says nothing about quotes.
  // ruleid: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM posts WHERE title = '${req.query.q}'`);
  res.json(rows);
});

app.post('/tags', body('tag').isLength({ max: 20 }), async (req, res) => {
  // ruleid: js/sql-injection
  await pool.query(`INSERT INTO tags (name) VALUES ('${req.body.tag}')`);
  res.sendStatus(201);
});

// The schema form: each field's checks, and where it is read from.
const listSchema = {
  sort: { in: ['query'], isIn: { options: [['title', 'day']] } },
  q: { in: ['query'], isString: true, trim: true },
};
app.get('/list', checkSchema(listSchema), async (req, res) => {
  if (!validationResult(req).isEmpty()) return res.sendStatus(400);
  // ok: js/sql-injection
  await pool.query(`SELECT * FROM posts ORDER BY ${req.query.sort}`);
  // ruleid: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM posts WHERE title = '${req.query.q}'`);
  res.json(rows);
});

// Handlers in another file: what every route registering them validates is narrow there too;
// a string check narrows nothing.
app.get('/archive', query('sort').isIn(['day', 'title']), validate, posts.archive);
app.get('/archive/:year', query('sort').isIn(['day', 'title']), param('year').isInt(), validate, posts.archive);
app.get('/drafts', query('owner').isString(), validate, posts.drafts);
app.get('/export', query('format').isIn(['csv', 'json']), validate, posts.exportAll);
app.get('/export-any', posts.exportAll);

module.exports = app;
