// Factories in their own file: each returns the function the server calls later.
const { exec, execFile } = require('child_process');

function shellRunner(program) {
  return (arg) => {
    // ruleid: js/command-injection
    exec(`${program} ${arg}`);
  };
}

function argvRunner(program) {
  return (arg) => {
    // ok: js/command-injection
    execFile(program, ['--', arg]);
  };
}

async function loadRunner(program) {
  return (arg) => {
    // ruleid: js/command-injection
    exec(`${program} --load ${arg}`);
  };
}

module.exports = { shellRunner, argvRunner, loadRunner };
