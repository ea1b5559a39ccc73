// A handle read from where the application stored it: the variable's declared type says what it is.
import express from 'express';

const app = express();
app.use(express.json());

app.post('/unsubscribe', async (req, res) => {
  /** @type {import('mysql2/promise').Pool} */
  const cx = req.app.locals.handle;
  // ruleid: js/sql-injection
  const [rows] = await cx.query('SELECT id FROM subscribers WHERE token = ?', [req.body.token]);
  res.json(rows);
});

app.post('/resubscribe', async (req, res) => {
  const cx = req.app.locals.handle;
  // ok: js/sql-injection
  const [rows] = await cx.query('SELECT id FROM subscribers WHERE token = ?', [req.body.token]);
  res.json(rows);
});
