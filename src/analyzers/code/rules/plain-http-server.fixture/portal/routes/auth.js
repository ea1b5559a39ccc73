const express = require('express');
const rateLimit = require('express-rate-limit');

const router = express.Router();
router.post('/login', rateLimit({ windowMs: 60000, limit: 5 }), async (req, res) => {
  res.json({ ok: await req.app.locals.users.check(req.body.email, req.body.password) });
});
module.exports = router;
