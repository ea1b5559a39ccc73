'use strict';
const { randomString, spread, secureString, pick } = require('./random');

function sessionId() {
  return randomString(32);
}

function apiKey() {
  return secureString(40);
}

function retryDelay(attempt) {
  return spread(100 * 2 ** attempt);
}

function pickWinner(entries) {
  return entries[pick(entries.length)];
}

module.exports = { sessionId, apiKey, retryDelay, pickWinner };
