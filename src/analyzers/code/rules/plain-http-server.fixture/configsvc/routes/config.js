// `/validate` checks a configuration document, not a credential: mounted under /api/config.
const express = require('express');

const router = express.Router();
router.post('/validate', (req, res) => {
  res.json({ valid: typeof req.body.doc === 'object' });
});
module.exports = router;
