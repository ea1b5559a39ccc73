import express from 'express';
import { reportFor } from '@data/reports';

export const router = express.Router();
router.get('/reports', async (req, res) => {
  res.json(await reportFor(`owner = '${req.query.owner}'`));
});
