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
  // ruleid: js/log-injection
  auditLog.write(`${new Date().toISOString()} ${req.method} ${req.path} user=${req.headers['x-user']}\n`);
  next();
});

// ok: js/log-injection
console.log(`deploying ${process.argv[2]}`);
