'use strict';

const { execFileSync } = require('child_process');
const { normaliseType } = require('./types');
const { firstShort } = require('./parse');
const { assertHostname } = require('./hostname');

function resolveSync(hostname, type) {
  const rrtype = normaliseType(type);
  const name = assertHostname(hostname);
  let stdout;
  try {
    // safe: CWE-78
    stdout = execFileSync('dig', ['+short', '+time=3', '+tries=1', rrtype, name], { encoding: 'utf8', timeout: 10000 });
  } catch (err) {
    return null;
  }
  return firstShort(stdout);
}

module.exports = { resolveSync };
