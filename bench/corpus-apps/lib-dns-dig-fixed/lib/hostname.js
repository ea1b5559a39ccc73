'use strict';

const net = require('net');

// RFC 1123 labels (underscores allowed for SRV / DKIM names); never starts with "-".
const LABEL = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?$/;

function assertHostname(name, what = 'hostname') {
  const text = String(name).replace(/\.$/, '');
  if (!text || text.length > 253 || !text.split('.').every((label) => LABEL.test(label))) {
    throw new TypeError(`dig-lookup: invalid ${what} ${JSON.stringify(name)}`);
  }
  return text;
}

function assertServer(server) {
  if (net.isIP(server)) return server;
  return assertHostname(server, 'server');
}

module.exports = { assertHostname, assertServer };
