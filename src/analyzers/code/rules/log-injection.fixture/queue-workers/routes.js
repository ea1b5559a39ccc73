import express from 'express';
import { exportQueue } from './queues.js';

export const router = express.Router();
router.post('/exports', async (req, res) => {
  const job = await exportQueue.add('export', { filename: req.body.filename, format: req.body.format });
  res.status(202).json({ id: job.id });
});
