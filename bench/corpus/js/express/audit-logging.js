// Audit logging middleware and auth events
const express = require('express');
const winston = require('winston');
const pino = require('pino');

const logger = winston.createLogger({
  level: 'info',
  format: winston.format.simple(),
  transports: [new winston.transports.File({ filename: 'audit.log' })],
});
const jsonLogger = pino();

const router = express.Router();

router.post('/auth/failed', (req, res) => {
  const { username } = req.body;
  // ruleid: js/log-injection
  logger.warn(`Failed login attempt for user ${username} from ${req.ip}`);
  res.sendStatus(204);
});

router.use((req, res, next) => {
  // ruleid: js/log-injection
  console.log('Request: ' + req.method + ' ' + req.originalUrl + ' UA=' + req.headers['user-agent']);
  next();
});

router.post('/audit/:action', (req, res) => {
  // ruleid: js/log-injection
  logger.info('User ' + req.body.user + ' performed ' + req.params.action);
  res.sendStatus(204);
});

// Safe: structured JSON logging escapes control characters
router.post('/v2/auth/failed', (req, res) => {
  // ok: js/log-injection
  jsonLogger.warn({ username: String(req.body.username), ip: req.ip }, 'failed login attempt');
  res.sendStatus(204);
});

// Safe: newlines stripped before logging
router.post('/v3/auth/failed', (req, res) => {
  const username = String(req.body.username).replace(/[\r\n]+/g, ' ');
  // ok: js/log-injection
  logger.warn(`Failed login attempt for user ${username}`);
  res.sendStatus(204);
});

router.get('/status', (req, res) => {
  // ok: js/log-injection
  console.log('status check at', new Date().toISOString());
  res.json({ ok: true });
});

module.exports = router;
