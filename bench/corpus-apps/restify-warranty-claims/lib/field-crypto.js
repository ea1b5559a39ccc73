'use strict';

const crypto = require('crypto');
const config = require('../config');

const LEGACY_IV = Buffer.alloc(16, 0);

// Serial numbers are encrypted deterministically so that the column can be looked up by equality.
function encryptSerial(serial) {
  // vuln: CWE-329
  const cipher = crypto.createCipheriv('aes-256-cbc', config.fieldKey, LEGACY_IV);
  return Buffer.concat([cipher.update(serial, 'utf8'), cipher.final()]).toString('base64');
}

function encryptNote(text) {
  const iv = crypto.randomBytes(12);
  // safe: CWE-329
  const cipher = crypto.createCipheriv('aes-256-gcm', config.fieldKey, iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64')).join('.');
}

function decryptNote(blob) {
  const [iv, tag, body] = blob.split('.').map((p) => Buffer.from(p, 'base64'));
  const decipher = crypto.createDecipheriv('aes-256-gcm', config.fieldKey, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}

module.exports = { encryptSerial, encryptNote, decryptNote };
