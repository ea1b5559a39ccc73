const express = require('express');
const path = require('path');
const multer = require('multer');
const { exec } = require('child_process');
const db = require('../db');

const router = express.Router();
const UPLOAD_DIR = path.join(__dirname, '..', 'uploads');
const EXPORT_DIR = path.join(__dirname, '..', 'exports');

const upload = multer({ dest: UPLOAD_DIR, limits: { fileSize: 10 * 1024 * 1024 } });

router.post('/upload', upload.single('file'), async (req, res) => {
  const { rows } = await db.query(
    'INSERT INTO files (owner_id, original_name, stored_name) VALUES ($1, $2, $3) RETURNING id',
    [req.user.id, req.file.originalname, req.file.filename]
  );
  res.status(201).json({ id: rows[0].id, name: req.file.originalname });
});

router.get('/', async (req, res) => {
  const { rows } = await db.query(
    'SELECT id, original_name, created_at FROM files WHERE owner_id = $1 ORDER BY created_at DESC',
    [req.user.id]
  );
  res.json(rows);
});

// Download an attachment by its stored name
router.get('/download', (req, res) => {
  const filePath = path.join(UPLOAD_DIR, req.query.name);
  res.download(filePath, (err) => {
    if (err && !res.headersSent) {
      res.status(404).json({ error: 'File not found' });
    }
  });
});

router.get('/:id/preview', async (req, res) => {
  const { rows } = await db.query(
    'SELECT stored_name FROM files WHERE id = $1 AND owner_id = $2',
    [req.params.id, req.user.id]
  );
  if (rows.length === 0) return res.status(404).json({ error: 'File not found' });
  res.sendFile(path.join(UPLOAD_DIR, path.basename(rows[0].stored_name)));
});

// Export a project folder as a .tar.gz archive
router.post('/export', (req, res) => {
  const { project } = req.body;
  const archive = path.join(EXPORT_DIR, `export-${Date.now()}.tar.gz`);
  exec(`tar -czf ${archive} -C ${UPLOAD_DIR} ${project}`, (error) => {
    if (error) {
      return res.status(500).json({ error: error.message });
    }
    res.download(archive);
  });
});

module.exports = router;
