'use strict';

function first(value) {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Where the user asked to go back to: the query string (`?returnTo=`), a form field of the
 * same name, or the value remembered in the session before the login page.
 */
function readReturnTo(req, opts) {
  let value;
  if (req.query && typeof req.query === 'object') value = first(req.query[opts.param]);
  if (value === undefined && typeof req.url === 'string' && req.url.includes('?')) {
    value = new URL(req.url, 'http://placeholder.invalid').searchParams.get(opts.param) || undefined;
  }
  if (value === undefined && req.body && typeof req.body === 'object') value = first(req.body[opts.param]);
  if (value === undefined && req.session) value = req.session[opts.sessionKey];
  return typeof value === 'string' ? value.trim() : undefined;
}

module.exports = { readReturnTo };
