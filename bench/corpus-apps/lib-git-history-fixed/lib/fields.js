'use strict';

// Field name → git pretty-format placeholder.
const FIELDS = Object.freeze({
  hash: '%H',
  abbrevHash: '%h',
  treeHash: '%T',
  parentHashes: '%P',
  authorName: '%an',
  authorEmail: '%ae',
  authorDate: '%ai',
  authorDateRel: '%ar',
  committerName: '%cn',
  committerEmail: '%ce',
  committerDate: '%ci',
  subject: '%s',
  body: '%b',
  rawBody: '%B',
  refs: '%D',
});

const DEFAULT_FIELDS = ['abbrevHash', 'hash', 'subject', 'authorName', 'authorDate'];

function resolveFields(fields) {
  const list = Array.isArray(fields) && fields.length ? fields : DEFAULT_FIELDS;
  for (const field of list) {
    if (!Object.prototype.hasOwnProperty.call(FIELDS, field)) {
      throw new TypeError(`git-history-log: unknown field "${field}"`);
    }
  }
  return list;
}

module.exports = { FIELDS, DEFAULT_FIELDS, resolveFields };
