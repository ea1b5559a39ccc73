'use strict';

const express = require('express');
const axios = require('axios');
const logs = require('../controllers/logs');

const router = express.Router();

function requireOps(req, res, next) {
  if (!req.get('x-ops-user')) return res.status(401).end();
  return next();
}

const audit = (req, res, next) => {
  console.info('ops %s %s', req.method, req.path);
  next();
};

router.route('/logs/:name').get(requireOps, logs.download);
router.get('/v2/logs/:name', [requireOps, audit], logs.downloadV2);
router.get('/view', [requireOps, audit, logs.view]);
router.get('/tail', requireOps, logs.makeTail(logs.LOG_DIR));

router.get('/continue', (req, res) => {
  const next = String(req.query.next || '/ops');
  if (!next.startsWith('/')) return res.redirect('/ops');
  // vuln: CWE-601
  return res.redirect(next);
});

router.get('/v2/continue', (req, res) => {
  const next = String(req.query.next || '/ops');
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return res.redirect('/ops');
  // safe: CWE-601
  return res.redirect(next);
});

router.post('/webhooks/test', requireOps, async (req, res) => {
  const { url } = req.body;
  if (typeof url !== 'string' || !url.startsWith('https://hooks.slack.com')) return res.status(400).end();
  // vuln: CWE-918
  await axios.post(url, { text: 'ops webhook test' });
  return res.status(204).end();
});

router.post('/v2/webhooks/test', requireOps, async (req, res) => {
  const { url } = req.body;
  if (typeof url !== 'string' || !url.startsWith('https://hooks.slack.com/services/')) return res.status(400).end();
  // safe: CWE-918
  await axios.post(url, { text: 'ops webhook test' });
  return res.status(204).end();
});

module.exports = router;
