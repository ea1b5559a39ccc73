const express = require('express');
const rules = require('./validation-rules');
const { slug } = require('./validation-rules');

const DEFAULT_CONTACT = 'team@example.com';
const router = express.Router();

router.post('/signup', (req, res) => {
  // ruleid: js/redos
  if (!rules.email.test(req.body.email)) return res.status(400).json({ error: 'bad email' });
  // ok: js/redos
  if (!slug.test(req.body.handle)) return res.status(400).json({ error: 'bad handle' });
  // ruleid: js/redos
  if (!rules.phone.test(req.body.phone)) return res.status(400).json({ error: 'bad phone' });
  // ok: js/redos
  if (!rules.zip.test(req.body.zip)) return res.status(400).json({ error: 'bad zip' });
  res.status(201).end();
});

router.get('/contact', (req, res) => {
  // ok: js/redos
  res.json({ valid: rules.email.test(DEFAULT_CONTACT), page: req.query.page });
});

module.exports = router;
