'use strict';

const { exec } = require('child_process');

/** Runs an install command in `cwd`, resolving with its output. */
function runInstall(command, cwd, env) {
  return new Promise((resolve, reject) => {
    // vuln: CWE-78
    exec(command, { cwd, env: Object.assign({}, process.env, env), maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) {
        err.stderr = String(stderr);
        return reject(err);
      }
      resolve({ stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

module.exports = { runInstall };
