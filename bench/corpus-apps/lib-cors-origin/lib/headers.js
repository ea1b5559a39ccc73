'use strict';

var vary = require('vary');

function list(value) {
  if (value == null) {
    return null;
  }
  return Array.isArray(value) ? value.join(',') : String(value);
}

exports.credentials = function credentials(options) {
  return options.credentials === true
    ? [{ key: 'Access-Control-Allow-Credentials', value: 'true' }]
    : [];
};

exports.methods = function methods(options) {
  return [{ key: 'Access-Control-Allow-Methods', value: list(options.methods) }];
};

exports.allowedHeaders = function allowedHeaders(options, req) {
  var headers = [];
  var allowed = list(options.allowedHeaders);
  if (allowed === null) {
    // mirror the headers the browser asks for
    allowed = req.headers['access-control-request-headers'];
    headers.push({ key: 'Vary', value: 'Access-Control-Request-Headers' });
  }
  if (allowed) {
    headers.push({ key: 'Access-Control-Allow-Headers', value: allowed });
  }
  return headers;
};

exports.exposedHeaders = function exposedHeaders(options) {
  var exposed = list(options.exposedHeaders);
  return exposed ? [{ key: 'Access-Control-Expose-Headers', value: exposed }] : [];
};

exports.maxAge = function maxAge(options) {
  var seconds = parseInt(options.maxAge, 10);
  return Number.isFinite(seconds) && seconds >= 0
    ? [{ key: 'Access-Control-Max-Age', value: String(seconds) }]
    : [];
};

exports.apply = function apply(headers, res) {
  for (var i = 0; i < headers.length; i++) {
    var header = headers[i];
    if (!header.value) {
      continue;
    }
    if (header.key === 'Vary') {
      vary(res, header.value);
    } else {
      res.setHeader(header.key, header.value);
    }
  }
};
