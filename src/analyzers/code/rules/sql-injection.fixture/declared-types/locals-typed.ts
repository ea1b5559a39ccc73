import express from 'express';
import type { PoolConnection } from 'mysql2/promise';
import type { Store } from './store';

const app = express();
app.use(express.json());

app.post('/confirm', async (req, res) => {
  const cx: PoolConnection = req.app.locals.handle;
  // ruleid: js/sql-injection
  const [rows] = await cx.query('SELECT id FROM subscribers WHERE token = ?', [req.body.token]);
  res.json(rows);
});

app.post('/confirm-store', async (req, res) => {
  const cx: Store = req.app.locals.handle;
  // ok: js/sql-injection
  const [rows] = await cx.query('SELECT id FROM subscribers WHERE token = ?', [req.body.token]);
  res.json(rows);
});
