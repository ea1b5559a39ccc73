// Promise wrapper around child_process.exec (CommonJS)
const { exec, execFile } = require('child_process');

function runCommand(command) {
  return new Promise((resolve, reject) => {
    // ruleid: js/command-injection
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
