'use strict';

const net = require('net');
const { execFile } = require('child_process');
const { timeoutFlag } = require('./flags');
const { parseAnswers } = require('./parse');

function reverse(ip, options = {}) {
  if (!net.isIP(ip)) return Promise.reject(new TypeError('dig-lookup: reverse() needs an IP address'));
  const args = ['+noall', '+answer', timeoutFlag(options.timeout), '-x', ip];
  if (options.server) {
    if (!net.isIP(options.server)) return Promise.reject(new TypeError('dig-lookup: server must be an IP address'));
    args.unshift(`@${options.server}`);
  }
  return new Promise((resolve, reject) => {
    // safe: CWE-78
    execFile('dig', args, { timeout: 35000 }, (err, stdout) => {
      if (err && !stdout) return reject(err);
      return resolve(parseAnswers(stdout).filter((a) => a.type === 'PTR').map((a) => a.data.replace(/\.$/, '')));
    });
  });
}

module.exports = { reverse };
