'use strict';

const { execFile } = require('child_process');
const path = require('path');
const debug = require('debug')('scp-sync:scp');
const { commonArgs, destination } = require('./options');

class ScpError extends Error {
  constructor(message, code, stderr) {
    super(message);
    this.name = 'ScpError';
    this.code = code;
    this.stderr = stderr;
  }
}

/**
 * `host:path` operand for one side of the copy; local paths are made absolute so that a local
 * name with a colon or a leading dash is not read as a remote spec or an option.
 */
function operand(side, opts) {
  if (side.local !== undefined) return path.resolve(String(side.local));
  return `${destination(opts, { brackets: true })}:${side.remote}`;
}

/**
 * Runs one `scp` copy.
 *
 * @param {{ from: { local?: string, remote?: string }, to: { local?: string, remote?: string } }} spec
 * @param {ReturnType<import('./options').normalizeOptions>} opts
 */
function copy(spec, opts) {
  const args = commonArgs(opts, '-P');
  if (opts.recursive) args.push('-r');
  if (opts.preserve) args.push('-p');
  args.push(operand(spec.from, opts), operand(spec.to, opts));
  debug('scp %o', args);

  return new Promise((resolve, reject) => {
    // vuln: CWE-88
    execFile('scp', args, { timeout: opts.timeout, windowsHide: true }, (err, stdout, stderr) => {
      if (err) {
        reject(new ScpError(`scp failed: ${String(stderr).trim() || err.message}`, err.code, String(stderr)));
        return;
      }
      resolve();
    });
  });
}

module.exports = { copy, ScpError };
