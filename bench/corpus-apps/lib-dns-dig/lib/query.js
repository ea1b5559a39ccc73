'use strict';

const { exec } = require('child_process');
const { normaliseType } = require('./types');
const { queryFlags } = require('./flags');
const { parseAnswers } = require('./parse');

function query(name, options = {}) {
  const rrtype = normaliseType(options.type);
  const args = [...queryFlags(options), rrtype, name];
  if (options.server) args.unshift(`@${options.server}`);
  return new Promise((resolve, reject) => {
    // vuln: CWE-78
    exec(`dig ${args.join(' ')}`, { timeout: 35000, maxBuffer: 1024 * 1024 }, (err, stdout) => {
      if (err && !stdout) return reject(err);
      return resolve(parseAnswers(stdout));
    });
  });
}

module.exports = { query };
