import express from 'express';
import { listDir, usage } from './tools/index.js';

const router = express.Router();
router.get('/ls', (req, res) => listDir(req.query.dir, (err, out) => res.type('text').send(out)));
// A fixed directory: nothing from the request reaches the command.
router.get('/usage', (req, res) => usage('/var/cache', (err, out) => res.type('text').send(out)));

export default router;
