const { Router } = require('express');
const account = require('../controllers/account');

const router = Router();

// Mounted in server.js as app.use('/api/account', accountLimiter, accountRoutes).
// ok: js/missing-rate-limit
router.post('/login', account.login);
// ok: js/missing-rate-limit
router.post('/password-reset', account.requestReset);

module.exports = router;
