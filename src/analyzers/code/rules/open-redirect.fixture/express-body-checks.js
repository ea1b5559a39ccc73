// The same shapes in Express: res.redirect() percent-encodes '\', so '/' and not '//' is a same-site path.
const express = require('express');
const router = express.Router();

router.post('/session/done', (req, res) => {
  const { next: to } = req.body;
  if (!to.startsWith('/') || to.startsWith('//')) return res.redirect('/');
  // ok: js/open-redirect
  return res.redirect(to);
});

router.post('/session/close', async ({ body }, res) => {
  const to = body.next;
  if (!to.startsWith('/') || to.startsWith('//')) {
    res.redirect('/');
    return;
  }
  // ok: js/open-redirect
  res.redirect(302, to);
});

// A leading '/' alone: '//evil.example' passes.
router.post('/session/back', (req, res) => {
  const { next: to } = req.body;
  if (!to.startsWith('/')) return res.redirect('/');
  // ruleid: js/open-redirect
  return res.redirect(to);
});

// The other field was checked.
router.post('/session/swap', (req, res) => {
  const { next: to, prev } = req.body;
  if (!prev.startsWith('/') || prev.startsWith('//')) return res.redirect('/');
  // ruleid: js/open-redirect
  return res.redirect(to);
});

module.exports = router;
