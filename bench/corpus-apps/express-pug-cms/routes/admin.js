import { Router } from 'express';
import { pool } from '../db.js';

export const admin = Router();

admin.use((req, res, next) => (req.session?.role === 'editor' ? next() : res.redirect('/login')));

// The settings page reads its filters straight from the query string.
admin.get('/admin/settings', (req, res) => {
  // vuln: CWE-1336, CWE-94
  res.render('admin/settings', req.query);
});

admin.get('/admin/users', async (req, res) => {
  const [users] = await pool.query('SELECT id, name, role FROM users ORDER BY name');
  // safe: CWE-1336
  res.render('admin/users', { users, filter: String(req.query.filter ?? '') });
});

admin.post('/admin/users/:id/role', async (req, res) => {
  const role = req.body.role === 'editor' ? 'editor' : 'reader';
  // safe: CWE-89
  await pool.execute('UPDATE users SET role = ? WHERE id = ?', [role, Number(req.params.id)]);
  res.redirect('/admin/users');
});

admin.get('/admin/newsletter/:id', async (req, res) => {
  // safe: CWE-89
  const [rows] = await pool.execute('SELECT * FROM newsletters WHERE id = ?', [req.params.id]);
  res.render('admin/newsletter', { newsletter: rows[0], headline: req.query.headline });
});
