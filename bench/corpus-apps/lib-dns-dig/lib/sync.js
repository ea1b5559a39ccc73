'use strict';

const { execSync } = require('child_process');
const { normaliseType } = require('./types');
const { firstShort } = require('./parse');

function resolveSync(hostname, type) {
  const rrtype = normaliseType(type);
  let stdout;
  try {
    // vuln: CWE-78
    stdout = execSync(`dig +short +time=3 +tries=1 ${rrtype} ${hostname}`, { encoding: 'utf8', timeout: 10000 });
  } catch (err) {
    return null;
  }
  return firstShort(stdout);
}

module.exports = { resolveSync };
