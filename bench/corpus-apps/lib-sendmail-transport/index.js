'use strict';

const { SendmailTransport } = require('./lib/transport');
const { normalizeOptions } = require('./lib/options');

/**
 * Creates a transport that hands messages to the local sendmail binary.
 * @param {import('./lib/options').TransportOptions} [options]
 * @returns {SendmailTransport}
 */
function createTransport(options) {
  return new SendmailTransport(normalizeOptions(options));
}

/**
 * One-off send with the default transport.
 * @param {import('./lib/transport').Mail} mail
 */
function sendMail(mail) {
  return createTransport().send(mail);
}

module.exports = { createTransport, sendMail, SendmailTransport };
