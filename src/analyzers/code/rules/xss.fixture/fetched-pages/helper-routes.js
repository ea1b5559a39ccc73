const express = require('express');
const { fetchPage, fetchStatus } = require('./fetch-helper');

const router = express.Router();

router.get('/link-preview', async (req, res) => {
  const html = await fetchPage(req.query.url);
  res.type('html');
  // ruleid: js/xss
  res.send(html);
});

router.get('/status', async (req, res) => {
  const status = await fetchStatus();
  // ok: js/xss
  res.send(status);
});

router.get('/link-preview.txt', async (req, res) => {
  const html = await fetchPage(req.query.url);
  // ok: js/xss
  res.type('text/plain').send(html);
});

module.exports = router;
