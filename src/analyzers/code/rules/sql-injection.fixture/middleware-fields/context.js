'use strict';

const accounts = require('./accounts');

// Request-scoped context filled once per request, read by the handlers of other files.
async function requestContext(req, res, next) {
  // The proxy passes the customer's schema name through: still whatever the client sent.
  req.tenant = req.get('x-tenant') || 'public';
  req.pageSize = Math.min(Number(req.query.size) || 20, 100);
  const key = req.get('x-api-key');
  // A stored account, looked up by the key: a database row, not the key.
  req.account = key && (await accounts.byKey(key));
  next();
}

module.exports = { requestContext };
