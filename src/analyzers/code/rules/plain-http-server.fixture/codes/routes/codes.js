// The same `/validate`, mounted under /otp: checking a one-time code is a login step.
const express = require('express');

const router = express.Router();
router.post('/validate', async (req, res) => {
  res.json({ ok: await req.app.locals.otp.check(req.body.user, req.body.code) });
});
module.exports = router;
