const express = require('express');
const { Pool } = require('pg');
const mysql = require('mysql2/promise');
const knex = require('knex')({ client: 'pg' });

const pool = new Pool();
const router = express.Router();

router.get('/users/:id', async (req, res) => {
  // ruleid: js/sql-injection
  const result = await pool.query(`SELECT * FROM users WHERE id = ${req.params.id}`);
  res.json(result.rows);
});

router.get('/search', async (req, res) => {
  const term = req.query.q;
  const sql = "SELECT * FROM products WHERE name LIKE '%" + term + "%'";
  // ruleid: js/sql-injection
  const [rows] = await db.execute(sql);
  res.json(rows);
});

router.post('/login', async (req, res) => {
  const { email, password } = req.body;
  // ruleid: js/sql-injection
  const user = await pool.query("SELECT * FROM users WHERE email = '" + email + "' AND password = '" + password + "'");
  res.json(user.rows[0]);
});

router.get('/orders', async (req, res) => {
  // ok: js/sql-injection
  const { rows } = await pool.query('SELECT * FROM orders WHERE user_id = $1', [req.query.userId]);
  // ok: js/sql-injection
  const [more] = await db.execute('SELECT * FROM orders WHERE status = ?', [req.query.status]);
  res.json({ rows, more });
});

router.get('/sorted', async (req, res) => {
  const column = req.query.sort;
  if (!['name', 'price', 'created_at'].includes(column)) return res.status(400).end();
  // ok: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM products ORDER BY ${column}`);
  res.json(rows);
});

router.get('/page', async (req, res) => {
  const limit = parseInt(req.query.limit, 10);
  // ok: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM products LIMIT ${limit}`);
  res.json(rows);
});

router.get('/raw', async (req, res) => {
  // ruleid: js/sql-injection
  const rows = await knex.raw(`SELECT * FROM accounts WHERE owner = '${req.query.owner}'`);
  // ok: js/sql-injection
  const safe = await knex.raw('SELECT * FROM accounts WHERE owner = ?', [req.query.owner]);
  // ruleid: js/sql-injection
  const filtered = await knex('accounts').whereRaw(`balance > ${req.query.min}`);
  res.json({ rows, safe, filtered });
});

// Helper that builds the query: the parameter reaches the sink inside.
function findByName(name) {
  // ruleid: js/sql-injection
  return pool.query(`SELECT * FROM users WHERE name = '${name}'`);
}

router.get('/by-name', async (req, res) => {
  const r = await findByName(req.query.name);
  res.json(r.rows);
});

function findByConstant() {
  // ok: js/sql-injection
  return pool.query(`SELECT * FROM users WHERE role = '${'admin'}'`);
}

class UserRepository {
  constructor(db) {
    this.db = db;
  }
  async findByEmail(email) {
    // ruleid: js/sql-injection
    return this.db.query(`SELECT id, email FROM users WHERE email = '${email}'`);
  }
  async findById(id) {
    // ok: js/sql-injection
    return this.db.query('SELECT id, email FROM users WHERE id = $1', [id]);
  }
}

const repo = new UserRepository(pool);
router.get('/by-email', async (req, res) => {
  res.json(await repo.findByEmail(req.query.email));
  res.json(await repo.findById(req.query.id));
  res.json(await findByConstant());
});

router.delete('/items/:id', (req, res) => {
  const id = req.params.id;
  // ruleid: js/sql-injection
  connection.query('DELETE FROM items WHERE id = ' + id, (err) => {
    res.sendStatus(err ? 500 : 204);
  });
});

async function prismaRoutes(prisma, req) {
  // ruleid: js/sql-injection
  await prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE email = '${req.body.email}'`);
  // ok: js/sql-injection
  await prisma.$queryRaw`SELECT * FROM "User" WHERE email = ${req.body.email}`;
  // ruleid: js/sql-injection
  await prisma.$executeRawUnsafe('UPDATE "User" SET name = \'' + req.body.name + '\'');
}

module.exports = { router, prismaRoutes };

// No caller in sight (DI, another service): query text built from a parameter is still flagged.
class ReportService {
  constructor(db) {
    this.db = db;
  }
  byRegion(region) {
    // ruleid: js/sql-injection
    return this.db.query(`SELECT * FROM sales WHERE region = '${region}'`);
  }
  byRegionSafe(region) {
    // ok: js/sql-injection
    return this.db.query('SELECT * FROM sales WHERE region = $1', [region]);
  }
}
module.exports.ReportService = ReportService;

const { z } = require('zod');
const Joi = require('joi');
const OrderQuery = z.object({ id: z.coerce.number().int(), status: z.enum(['open', 'closed']), note: z.string() });
router.get('/orders-zod', async (req, res) => {
  const q = OrderQuery.parse(req.query);
  // ok: js/sql-injection
  await pool.query(`SELECT * FROM orders WHERE id = ${q.id} AND status = '${q.status}'`);
  // ruleid: js/sql-injection
  await pool.query(`SELECT * FROM orders WHERE note = '${q.note}'`);
  const joiSchema = Joi.object({ limit: Joi.number().integer() });
  const { value } = joiSchema.validate(req.query);
  // ok: js/sql-injection
  await pool.query(`SELECT * FROM orders LIMIT ${value.limit}`);
  res.end();
});

const { Sequelize, Op } = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);
router.get('/literal', async (req, res) => {
  const users = await User.findAll({
    // ruleid: js/sql-injection
    where: sequelize.literal(`name = '${req.query.name}'`),
  });
  // ok: js/sql-injection
  const safe = await User.findAll({ where: { name: req.query.name } });
  res.json({ users, safe });
});

router.get('/config-object', async (req, res) => {
  // ok: js/sql-injection
  const a = await pool.query({ text: 'SELECT * FROM t WHERE id = $1', values: [req.query.id] });
  // ruleid: js/sql-injection
  const b = await pool.query({ text: `SELECT * FROM t WHERE id = ${req.query.id}` });
  const ids = String(req.query.ids).split(',').map(Number);
  // ok: js/sql-injection
  const c = await pool.query(`SELECT * FROM t WHERE id IN (${ids.join(',')})`);
  const names = String(req.query.names).split(',').map((n) => `'${n}'`);
  // ruleid: js/sql-injection
  const d = await pool.query(`SELECT * FROM t WHERE name IN (${names.join(',')})`);
  res.json({ a, b, c, d });
});

// A helper that returns a clause's text and its values apart: only the text is query text.
function byEmail(email) {
  return { sql: 'email = ?', values: [email] };
}

function findUserByEmail(db, email) {
  const clause = byEmail(email);
  // ok: js/sql-injection
  return db.query('SELECT * FROM users WHERE ' + clause.sql, clause.values);
}

function byName(name) {
  return { sql: "name = '" + name + "'", values: [] };
}

function findUserByName(db, name) {
  const clause = byName(name);
  // ruleid: js/sql-injection
  return db.query('SELECT * FROM users WHERE ' + clause.sql, clause.values);
}

// An identifier quoted by doubling its quotes is safe as a column name; one that only wraps is not.
function quoteIdentifier(name) {
  return '"' + String(name).replace(/"/g, '""') + '"';
}
function quoteIdent(name) {
  return `"${name}"`;
}

router.get('/sorted', async (req, res) => {
  // ok: js/sql-injection
  const sorted = await pool.query(`SELECT id, title FROM notes ORDER BY ${quoteIdentifier(req.query.by)}`);
  // ruleid: js/sql-injection
  const grouped = await pool.query(`SELECT ${quoteIdent(req.query.group)}, count(*) FROM notes GROUP BY 1`);
  res.json({ sorted: sorted.rows, grouped: grouped.rows });
});

// A local named like a Node module (`path`) that this file never imports is a plain value.
router.get('/documents/field', async (req, res) => {
  const path = String(req.query.field).split('.');
  // ruleid: js/sql-injection
  const picked = await pool.query(`SELECT body#>>'{${path.join(',')}}' AS value FROM documents`);
  const columns = ['id', 'title'];
  const path2 = columns;
  // ok: js/sql-injection
  const listed = await pool.query(`SELECT ${path2.join(', ')} FROM documents`);
  res.json({ picked: picked.rows, listed: listed.rows });
});

// A filter appended in a branch (`+=`): the text is still a query after the branch, whichever ran.
async function filteredOrders(connection, region, status) {
  let text = `SELECT id, total FROM orders WHERE region = '${region}'`;
  if (status) text += ` AND status = '${status}'`;
  // ruleid: js/sql-injection
  return connection.request().query(text);
}

// Only placeholders appended: the values are bound.
async function boundOrders(connection, region, status) {
  const request = connection.request().input('region', region);
  let text = 'SELECT id, total FROM orders WHERE region = @region';
  if (status) {
    request.input('status', status);
    text += ' AND status = @status';
  }
  // ok: js/sql-injection
  return request.query(text);
}

router.get('/orders/filtered', async (req, res) => {
  res.json(await filteredOrders(res.locals.sql, req.query.region, req.query.status));
  res.json(await boundOrders(res.locals.sql, req.query.region, req.query.status));
});
