const express = require('express');
const logger = require('./logger');
const app = express();

app.post('/login', (req, res) => {
  // ruleid: js/sensitive-data-in-log
  console.log('login attempt', req.body);
  const { username, password } = req.body;
  // ruleid: js/sensitive-data-in-log
  logger.debug(`checking password ${password} for ${username}`);
  // ruleid: js/sensitive-data-in-log
  logger.info({ auth: req.headers.authorization }, 'login');
  // ok: js/sensitive-data-in-log
  logger.info({ username }, 'login attempt');
  // ok: js/sensitive-data-in-log
  console.log('login attempt for', req.body.username, 'from', req.ip);
  // ok: js/sensitive-data-in-log
  logger.info({ tokenType: req.body.tokenType }, 'token requested');
  res.end();
});

app.use((req, res, next) => {
  // ruleid: js/sensitive-data-in-log
  logger.debug({ headers: req.headers }, 'incoming request');
  // ok: js/sensitive-data-in-log
  logger.debug({ method: req.method, path: req.path, agent: req.headers['user-agent'] }, 'incoming request');
  next();
});

app.post('/api/keys', (req, res) => {
  const apiKey = req.body.apiKey;
  // ruleid: js/sensitive-data-in-log
  console.info('new key ' + apiKey);
  // ok: js/sensitive-data-in-log
  console.info('new key for project', req.body.projectId);
  res.end();
});

function withoutCredentials(headers) {
  const { authorization, cookie, ...rest } = headers;
  return rest;
}

// The whole header set spelled out as text: Authorization and Cookie are in it.
app.use((req, res, next) => {
  // ruleid: js/sensitive-data-in-log
  console.debug(`request headers ${JSON.stringify(req.headers)}`);
  // ok: js/sensitive-data-in-log
  console.debug(`request ${req.method} ${JSON.stringify(req.headers['user-agent'])}`);
  // What a redaction helper made of it is not the header set.
  // ok: js/sensitive-data-in-log
  console.debug(`request headers ${JSON.stringify(withoutCredentials(req.headers))}`);
  next();
});

// ok: js/sensitive-data-in-log
console.log('password policy: at least 12 characters');

// A header read by name with req.get(): the name says whether it is a credential.
app.post('/door/scan', (req, res) => {
  const token = String(req.get('x-door-token') || '');
  // ruleid: js/sensitive-data-in-log
  console.info(JSON.stringify({ event: 'door_auth', token }));
  const agent = req.get('user-agent');
  // ok: js/sensitive-data-in-log
  console.info(JSON.stringify({ event: 'door_auth', agent }));
  res.end();
});
