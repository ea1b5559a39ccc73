'use strict';

const { execFile } = require('child_process');

/** Runs an install command ({ bin, args }) in `cwd` without a shell, resolving with its output. */
function runInstall(command, cwd, env) {
  return new Promise((resolve, reject) => {
    // safe: CWE-78
    execFile(command.bin, command.args, { cwd, env: Object.assign({}, process.env, env), maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) {
        err.stderr = String(stderr);
        return reject(err);
      }
      resolve({ stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

module.exports = { runInstall };
