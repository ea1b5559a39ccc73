const express = require('express');
const logger = require('./logger');
const app = express();

app.post('/login', (req, res) => {
  const { username } = req.body;
  // ruleid: js/log-injection
  console.log(`Login attempt for ${username}`);
  // ruleid: js/log-injection
  logger.info('Failed login for user: ' + req.body.username);
  // ok: js/log-injection
  logger.info({ body: req.body }, 'login attempt');
  // The request target reaches the server without raw newlines (the HTTP parser rejects them).
  // ok: js/log-injection
  console.log(`${req.method} ${req.originalUrl} ${req.url}`);
  // Route parameters are decoded: `%0a` becomes a newline.
  // ruleid: js/log-injection
  console.log(`login route ${req.params.tenant}`);
  // ok: js/log-injection
  console.log('Login attempt for', JSON.stringify(username));
  const clean = String(username).replace(/[\r\n]/g, '');
  // ok: js/log-injection
  console.log(`Login attempt for ${clean}`);
  // ok: js/log-injection
  console.log('login route called');
  res.end();
});

const fs = require('fs');
const auditLog = fs.createWriteStream('/var/log/audit.log', { flags: 'a' });
app.use((req, res, next) => {
  // Header values arrive without raw CR/LF or other control characters (the HTTP parser rejects them).
  // ok: js/log-injection
  auditLog.write(`${new Date().toISOString()} ${req.method} ${req.path} user=${req.headers['x-user']} id=${req.get('x-request-id')}\n`);
  // Percent-decoded, a header's `%0a` is a newline again.
  // ruleid: js/log-injection
  auditLog.write(`referrer=${decodeURIComponent(req.get('referer'))}\n`);
  // ruleid: js/log-injection
  auditLog.write(`${req.method} ${req.path} q=${req.query.q}\n`);
  next();
});

// ok: js/log-injection
console.log(`deploying ${process.argv[2]}`);

// A logger is a sink whatever it is called when a logging package made it.
const winston = require('winston');
const log4js = require('log4js');
const metrics = require('./metrics');
const audit = winston.createLogger({ transports: [new winston.transports.Console()] });
const jobs = log4js.getLogger('jobs');
app.get('/export', (req, res) => {
  // ruleid: js/log-injection
  audit.info(`export requested by ${req.query.user}`);
  // ruleid: js/log-injection
  jobs.warn('export queued for ' + req.query.user);
  // ok: js/log-injection
  audit.info('export requested', { user: req.query.user });
  // ok: js/log-injection
  metrics.info(`export:${req.query.user}`);
  res.end();
});

// Format specifiers: `%j` (JSON) and `%o`/`%O` (util.inspect) escape newlines, `%s` does not.
app.post('/session', (req, res) => {
  // ok: js/log-injection
  console.warn('login failed (user %j)', req.body.username);
  // ok: js/log-injection
  console.warn('login failed for %s (user %o)', 'portal', req.body.username);
  // ruleid: js/log-injection
  console.warn('login failed (user %s, %j)', req.body.username, req.body.client);
  // ruleid: js/log-injection
  console.warn('100%% sure (user %j) from %s', req.body.client, req.body.username);
  res.end();
});
