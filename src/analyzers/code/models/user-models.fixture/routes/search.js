const express = require('express');
const { searchIndex } = require('../lib/search');
const shell = require('@acme/shell');

const router = express.Router();

router.get('/search', (req, res) => {
  // ruleid: js/regex-injection
  res.json(searchIndex.match(req.query.q, { limit: 20 }));
});

router.get('/search/tags', (req, res) => {
  // The options are not the pattern.
  // ok: js/regex-injection
  res.json(searchIndex.match('^tag:', { limit: Number(req.query.limit) }));
});

router.post('/archive', (req, res) => {
  // ruleid: js/command-injection
  shell(`tar czf /backups/${req.body.name}.tgz /data`);
  res.sendStatus(202);
});

module.exports = router;
