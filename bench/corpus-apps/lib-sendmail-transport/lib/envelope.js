'use strict';

const { addresses } = require('./address');

/**
 * Builds the SMTP envelope of a message: the sender and every recipient (to, cc, bcc),
 * de-duplicated. An explicit `mail.envelope` wins over the headers.
 * @param {import('./transport').Mail} mail
 * @returns {{ from: string, to: string[] }}
 */
function buildEnvelope(mail) {
  const source = mail.envelope || mail;
  const from = addresses(source.from)[0] || '';
  const seen = new Set();
  const to = [];
  for (const addr of [...addresses(source.to), ...addresses(source.cc), ...addresses(source.bcc)]) {
    const key = addr.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      to.push(addr);
    }
  }
  if (!to.length) throw new Error('No recipients defined');
  return { from, to };
}

module.exports = { buildEnvelope };
