const express = require('express');
const db = require('../db');
const { requireRole } = require('../middleware/auth');

const router = express.Router();

router.get('/me', async (req, res) => {
  const user = await db.findUserById(req.user.id);
  if (!user) return res.status(404).json({ error: 'User not found' });
  res.json(user);
});

// Search users by name for the "assign task" dropdown
router.get('/search', async (req, res) => {
  const { q = '', sort = 'name' } = req.query;
  try {
    const sql = `SELECT id, name, email FROM users WHERE name ILIKE '%${q}%' ORDER BY ${sort} LIMIT 20`;
    const result = await db.query(sql);
    res.json(result.rows);
  } catch (err) {
    console.error(err);
    res.status(500).json({ error: 'Search failed' });
  }
});

router.get('/:id', async (req, res) => {
  const user = await db.findUserById(req.params.id);
  if (!user) return res.status(404).json({ error: 'User not found' });
  res.json(user);
});

router.put('/:id', async (req, res) => {
  if (String(req.user.id) !== req.params.id && req.user.role !== 'admin') {
    return res.status(403).json({ error: 'You can only edit your own profile' });
  }
  const { name, bio } = req.body;
  const { rows } = await db.query(
    'UPDATE users SET name = COALESCE($1, name), bio = COALESCE($2, bio) WHERE id = $3 RETURNING id, name, email, bio',
    [name, bio, req.params.id]
  );
  res.json(rows[0]);
});

router.delete('/:id', requireRole('admin'), async (req, res) => {
  await db.query('DELETE FROM users WHERE id = $1', [req.params.id]);
  res.status(204).end();
});

module.exports = router;
