const express = require('express');
const db = require('../lib/db');

const router = express.Router();

router.get('/', async (req, res, next) => {
  const term = String(req.query.q || '');
  try {
    const { rows } = await db.query(
      'SELECT id, subject, status FROM tickets WHERE subject ILIKE $1 ORDER BY updated_at DESC LIMIT 50',
      [`%${term}%`],
    );
    res.render('search', { term, results: rows, sort: req.query.sort });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
