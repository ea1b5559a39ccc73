const express = require('express');
const logger = require('./logger');
const { requireJsonBody } = require('./validate');

const app = express();

app.post('/register', requireJsonBody, (req, res) => {
  const input = res.locals.body;
  // ruleid: js/sensitive-data-in-log
  logger.debug('register request', input);
  // ok: js/sensitive-data-in-log
  logger.info('register request', { requestId: res.locals.requestId });
  res.status(201).end();
});

app.listen(3000);
