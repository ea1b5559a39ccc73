'use strict';

function encode(input) {
  return Buffer.from(input).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function decodeToString(input) {
  if (!/^[A-Za-z0-9_-]*$/.test(input)) throw new Error('invalid base64url');
  return Buffer.from(input.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}

function encodeJSON(value) {
  return encode(JSON.stringify(value));
}

function decodeJSON(input) {
  return JSON.parse(decodeToString(input));
}

module.exports = { encode, decodeToString, encodeJSON, decodeJSON };
