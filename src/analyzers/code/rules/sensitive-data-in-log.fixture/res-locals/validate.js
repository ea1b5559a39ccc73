// A middleware keeps the checked body in res.locals for the handlers after it.
const { randomUUID } = require('crypto');

function requireJsonBody(req, res, next) {
  if (!req.is('application/json') || typeof req.body !== 'object') return res.status(415).end();
  res.locals.body = req.body;
  res.locals.requestId = randomUUID();
  return next();
}

module.exports = { requireJsonBody };
