'use strict';

const CRLF_OR_LF = /\r?\n/g;

/**
 * Serialises headers and body into an RFC 5322 message.
 * Header values are folded onto one line so a value cannot start a new header.
 * @param {import('./transport').Mail} mail
 * @param {'unix'|'windows'} newline
 * @returns {Buffer}
 */
function buildMessage(mail, newline) {
  const eol = newline === 'windows' ? '\r\n' : '\n';
  const headers = [];
  const add = (name, value) => {
    if (value === undefined || value === null || value === '') return;
    const text = Array.isArray(value) ? value.map(String).join(', ') : String(value);
    headers.push(`${name}: ${text.replace(CRLF_OR_LF, ' ')}`);
  };
  add('From', mail.from);
  add('To', mail.to);
  add('Cc', mail.cc);
  add('Reply-To', mail.replyTo);
  add('Subject', mail.subject);
  add('Date', (mail.date || new Date()).toUTCString());
  add('MIME-Version', '1.0');
  add('Content-Type', mail.html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
  const body = String(mail.html || mail.text || '').replace(CRLF_OR_LF, eol);
  return Buffer.from(headers.join(eol) + eol + eol + body + eol, 'utf8');
}

module.exports = { buildMessage };
