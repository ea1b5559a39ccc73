const express = require('express');

const router = express.Router();

router.post('/email', async (req, res) => {
  await req.app.locals.users.updateEmail(req.session.userId, req.body.email);
  res.redirect('/account');
});

module.exports = router;
