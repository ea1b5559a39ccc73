// Pages fetched with superagent: `res.text` is the page as its server sent it, `res.body` the
// parsed JSON (or form) superagent made of it.
const express = require('express');
const superagent = require('superagent');

const router = express.Router();

router.get('/partner-banner', async (req, res) => {
  const page = await superagent.get('https://partner.example.com/banner').set('Accept', 'text/html').timeout(3000);
  // ruleid: js/xss
  res.send(`<aside>${page.text}</aside>`);
});

router.get('/partner-status', async (req, res) => {
  const status = await superagent.get('https://partner.example.com/status.json');
  // JSON out: no HTML is made from it.
  // ok: js/xss
  res.json({ partner: status.body });
});

router.get('/partner-note', async (req, res) => {
  const page = await superagent.get('https://partner.example.com/note');
  // ok: js/xss
  res.type('text/plain').send(page.text);
});

module.exports = router;
