// Promise wrapper around child_process.exec (CommonJS)
const { exec, execFile } = require('child_process');

function runCommand(command) {
  return new Promise((resolve, reject) => {
    // (A wrapper that runs the command line it is given: the flaw is reported where a caller builds
    // that line from input, as for query and HTML wrappers — customers-routes.mjs.)
    exec(command, { timeout: 60_000 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(stderr || 'command failed'));
      resolve(stdout);
    });
  });
}

function runProgram(file, args) {
  return new Promise((resolve, reject) => {
    // ok: js/command-injection
    execFile(file, args, { timeout: 60_000 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

module.exports = { runCommand, runProgram };
