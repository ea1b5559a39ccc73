const express = require('express');
const logger = require('./logger');

const app = express();

app.get('/search', (req, res) => {
  // ruleid: js/log-injection
  logger.info(`search for ${req.query.q}`);
  // ok: js/log-injection
  logger.info('search', JSON.stringify(req.query.q));
  res.json([]);
});

app.get('/report', (req, res) => {
  // ruleid: js/log-injection
  logger.warn('report asked by ' + req.query.user);
  res.end();
});

app.listen(3000);
