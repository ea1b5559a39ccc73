const express = require('express');
const ExpressBrute = require('express-brute');
const { loginLimiter, otpLimiter } = require('../middleware/rate-limiters');
const auth = require('../controllers/auth');

const router = express.Router();
const bruteforce = new ExpressBrute(new ExpressBrute.MemoryStore());

// ok: js/missing-rate-limit
router.post('/login', loginLimiter, auth.login);

// Mounted at /api/auth in server.js: POST /api/auth/token is an OAuth-style token endpoint.
// ruleid: js/missing-rate-limit
router.post('/token', auth.issueToken);

// ok: js/missing-rate-limit
router.post('/register', auth.register);

// A reset request mails a long random token; nothing here is guessable.
// ok: js/missing-rate-limit
router.post('/forgot-password', async (req, res) => {
  await auth.sendResetEmail(req.body.email);
  res.sendStatus(202);
});

// ok: js/missing-rate-limit
router.post('/reset-password', bruteforce.prevent, auth.resetPassword);

// ok: js/missing-rate-limit
router.post('/logout', auth.logout);

// ruleid: js/missing-rate-limit
router.post('/verify-otp', auth.verifyOtp);

// The handler consults a rate-limiter-flexible limiter itself.
// ok: js/missing-rate-limit
router.post('/2fa/verify', async (req, res) => {
  await otpLimiter.consume(req.ip);
  res.json(await auth.verifySecondFactor(req.user, req.body.code));
});

// ok: js/missing-rate-limit
router.put('/profile', auth.updateProfile);

module.exports = router;
