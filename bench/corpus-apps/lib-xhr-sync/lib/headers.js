'use strict';

// Request headers a script may not set (XMLHttpRequest standard, "forbidden header names").
const FORBIDDEN = new Set([
  'accept-charset', 'accept-encoding', 'access-control-request-headers', 'access-control-request-method',
  'connection', 'content-length', 'content-transfer-encoding', 'cookie', 'cookie2', 'date', 'expect',
  'host', 'keep-alive', 'origin', 'referer', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'via',
]);

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function isAllowedHeader(name, disableChecks) {
  if (typeof name !== 'string' || !TOKEN.test(name)) return false;
  return disableChecks || !FORBIDDEN.has(name.toLowerCase());
}

function isValidHeaderValue(value) {
  return !/[\r\n\0]/.test(String(value));
}

function formatResponseHeaders(headers) {
  return Object.keys(headers)
    .filter((name) => name !== 'set-cookie' && name !== 'set-cookie2')
    .map((name) => `${name}: ${headers[name]}`)
    .join('\r\n');
}

module.exports = { isAllowedHeader, isValidHeaderValue, formatResponseHeaders };
