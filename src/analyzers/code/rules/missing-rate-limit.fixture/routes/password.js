import { Router } from 'express';
import * as passwords from '../controllers/passwords.js';

const router = Router();

// Mounted under /api/password, where server.js applies resetLimiter first.
// ok: js/missing-rate-limit
router.post('/reset', passwords.reset);

export default router;
