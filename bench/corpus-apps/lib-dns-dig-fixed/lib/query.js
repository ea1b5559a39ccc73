'use strict';

const { execFile } = require('child_process');
const { normaliseType } = require('./types');
const { queryFlags } = require('./flags');
const { parseAnswers } = require('./parse');
const { assertHostname, assertServer } = require('./hostname');

function query(name, options = {}) {
  const rrtype = normaliseType(options.type);
  let args;
  try {
    args = [...queryFlags(options), rrtype, assertHostname(name)];
    if (options.server) args.unshift(`@${assertServer(options.server)}`);
  } catch (err) {
    return Promise.reject(err);
  }
  return new Promise((resolve, reject) => {
    // safe: CWE-78
    execFile('dig', args, { timeout: 35000, maxBuffer: 1024 * 1024 }, (err, stdout) => {
      if (err && !stdout) return reject(err);
      return resolve(parseAnswers(stdout));
    });
  });
}

module.exports = { query };
