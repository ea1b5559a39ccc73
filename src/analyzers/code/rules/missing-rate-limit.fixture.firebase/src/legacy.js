const functions = require('firebase-functions/v1');
const framework = require('@google-cloud/functions-framework');
const { users } = require('./users');

// v1: `exports.login` is served at /login.
// ruleid: js/missing-rate-limit
exports.login = functions.https.onRequest(async (req, res) => {
  const user = await users.authenticate(req.body.email, req.body.password);
  res.status(user ? 200 : 401).end();
});

// Functions Framework: `http('signin', …)` is served at /signin.
// ruleid: js/missing-rate-limit
framework.http('signin', async (req, res) => {
  const user = await users.authenticate(req.body.email, req.body.password);
  res.status(user ? 200 : 401).end();
});

// ok: js/missing-rate-limit
framework.http('health', (req, res) => res.send('ok'));
