'use strict';

var escapeHtml = require('escape-html');
var http = require('http');

function preferredType(req) {
  var accept = String(req.headers.accept || '').toLowerCase();
  if (accept.indexOf('text/html') !== -1 || accept.indexOf('application/xhtml+xml') !== -1) {
    return 'html';
  }
  if (accept.indexOf('application/json') !== -1 || accept.indexOf('+json') !== -1) {
    return 'json';
  }
  return 'text';
}

/**
 * Write the short body that accompanies a redirect, as HTML or plain text depending on
 * the Accept header. The location is shown as text only.
 */
function writeRedirectBody(req, res, location) {
  var statusText = http.STATUS_CODES[res.statusCode] || 'Redirect';
  var body;
  var type = preferredType(req);
  if (type === 'html') {
    body = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + statusText +
      '</title></head><body><p>' + statusText + '. Redirecting to ' + escapeHtml(location) +
      '</p></body></html>';
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
  } else if (type === 'json') {
    body = JSON.stringify({ status: res.statusCode, location: location });
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
  } else {
    body = statusText + '. Redirecting to ' + location;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  }
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  if (req.method === 'HEAD') {
    res.end();
  } else {
    res.end(body);
  }
}

module.exports = writeRedirectBody;
