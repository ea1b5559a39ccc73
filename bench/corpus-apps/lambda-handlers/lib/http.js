'use strict';

const json = (statusCode, body, headers = {}) => ({
  statusCode,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

const html = (statusCode, body) => ({ statusCode, headers: { 'content-type': 'text/html' }, body });

module.exports = { json, html };
