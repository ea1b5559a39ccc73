const express = require('express');
const db = require('../lib/db');

const router = express.Router();

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM tickets WHERE id = $1', [req.params.id]);
    if (!rows.length) return res.status(404).render('not-found', { path: req.originalUrl });
    res.render('ticket', { ticket: rows[0], highlight: req.query.highlight });
  } catch (err) {
    next(err);
  }
});

router.get('/', async (req, res, next) => {
  const status = req.query.status || 'open';
  try {
    // vuln: CWE-89
    const { rows } = await db.query(`SELECT id, subject FROM tickets WHERE status = '${status}' ORDER BY id`);
    res.render('list', { tickets: rows, status });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
