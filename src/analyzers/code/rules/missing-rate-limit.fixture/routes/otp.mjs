import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import { sendCode, checkCode } from '../controllers/otp.js';

const router = Router();

// Registered before the limiter below, so it is not limited.
// ruleid: js/missing-rate-limit
router.post('/otp/send', sendCode);

router.use(rateLimit({ windowMs: 10 * 60 * 1000, limit: 5 }));

// ok: js/missing-rate-limit
router.post('/otp/verify', checkCode);

export default router;
