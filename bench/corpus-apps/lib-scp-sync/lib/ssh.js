'use strict';

const { execFile } = require('child_process');
const debug = require('debug')('scp-sync:ssh');
const { commonArgs, destination } = require('./options');

/**
 * Connects and runs the constant remote command `true`.
 *
 * @param {ReturnType<import('./options').normalizeOptions>} opts
 */
function probe(opts) {
  const args = [...commonArgs(opts, '-p'), '-T', destination(opts), 'true'];
  debug('ssh %o', args);
  return new Promise((resolve, reject) => {
    // vuln: CWE-88
    execFile('ssh', args, { timeout: opts.connectTimeout * 1000 + 5000, windowsHide: true }, (err, stdout, stderr) => {
      if (err) reject(new Error(String(stderr).trim() || err.message));
      else resolve();
    });
  });
}

/**
 * `"OpenSSH_9.6p1"`, or null when no client is installed.
 */
function clientVersion() {
  return new Promise((resolve) => {
    // safe: CWE-88
    execFile('ssh', ['-V'], { timeout: 5000 }, (err, stdout, stderr) => {
      if (err) return resolve(null);
      const match = /OpenSSH_[^\s,]+/.exec(String(stderr) + String(stdout));
      resolve(match ? match[0] : null);
    });
  });
}

module.exports = { probe, clientVersion };
