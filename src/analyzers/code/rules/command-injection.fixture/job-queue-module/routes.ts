import express from 'express';
import { backupQueue } from './queue';

export const router = express.Router();

router.post('/backups', async (req, res) => {
  const { tables = [], label = 'manual' } = req.body as { tables?: string[]; label?: string };
  const job = await backupQueue.add({ tables, label: label.replace(/[^\w-]/g, '_') });
  res.status(202).json({ id: job.id });
});
