'use strict';

const { exec } = require('child_process');

const MAX_BUFFER = 8 * 1024 * 1024;

/**
 * Runs one ffmpeg command line; resolves with what ffmpeg logged on stderr.
 * @param {string} commandLine
 * @param {{ timeout: number }} o
 * @returns {Promise<string>}
 */
function run(commandLine, o) {
  return new Promise((resolve, reject) => {
    // vuln: CWE-78
    exec(commandLine, { timeout: o.timeout, maxBuffer: MAX_BUFFER }, (err, stdout, stderr) => {
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
