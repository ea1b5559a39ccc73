'use strict';

const { exec, execFile } = require('child_process');

const MAX_BUFFER = 8 * 1024 * 1024;

/**
 * Runs ffmpeg with an argument array (no shell); resolves with what ffmpeg logged on stderr.
 * @param {string[]} args
 * @param {{ timeout: number }} o
 * @returns {Promise<string>}
 */
function run(args, o) {
  return new Promise((resolve, reject) => {
    // safe: CWE-78
    execFile('ffmpeg', args, { timeout: o.timeout, maxBuffer: MAX_BUFFER }, (err, stdout, stderr) => {
      if (err) {
        err.stderr = stderr;
        return reject(err);
      }
      resolve(stderr);
    });
  });
}

/**
 * The installed ffmpeg version (`"6.1.1"`), or null when ffmpeg is not on the PATH.
 * @returns {Promise<string|null>}
 */
function version() {
  return new Promise((resolve) => {
    // safe: CWE-78
    exec('ffmpeg -version', { timeout: 5000 }, (err, stdout) => {
      if (err) return resolve(null);
      const m = /^ffmpeg version (\S+)/.exec(stdout);
      resolve(m ? m[1] : null);
    });
  });
}

module.exports = { run, version };
