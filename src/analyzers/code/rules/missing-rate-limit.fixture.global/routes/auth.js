const router = require('express').Router();
const auth = require('../controllers/auth');

// Covered by the app-wide limiter in server.js.
// ok: js/missing-rate-limit
router.post('/login', auth.login);
// ok: js/missing-rate-limit
router.post('/otp/verify', auth.verifyOtp);
// ok: js/missing-rate-limit
router.post('/token', auth.issueToken);

module.exports = router;
