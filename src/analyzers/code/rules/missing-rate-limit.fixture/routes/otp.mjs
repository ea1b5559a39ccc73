import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import { login, sendCode, checkCode, enableTwoFactor } from '../controllers/otp.js';

const router = Router();

// Registered before the limiter below, so it is not limited.
// ruleid: js/missing-rate-limit
router.post('/login', login);

// Sending or enabling a code is not a guessing target.
// ok: js/missing-rate-limit
router.post('/otp/send', sendCode);
// ok: js/missing-rate-limit
router.post('/2fa', enableTwoFactor);

router.use(rateLimit({ windowMs: 10 * 60 * 1000, limit: 5 }));

// ok: js/missing-rate-limit
router.post('/otp/verify', checkCode);

export default router;
