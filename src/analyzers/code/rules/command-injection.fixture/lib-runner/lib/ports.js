'use strict';

const { exec } = require('child_process');

// A runner that passes the command line on unchanged: the injection is where the line is written.
function run(command) {
  return new Promise((resolve, reject) => {
    // ok: js/command-injection
    exec(command, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

async function pidsOnPort(port, protocol = 'tcp') {
  if (process.platform === 'win32') {
    // ruleid: js/command-injection
    return run(`netstat -nao -p ${protocol} | findstr :${port}`);
  }
  // ruleid: js/command-injection
  return run('lsof -t -i ' + protocol + ':' + port);
}

function uptime() {
  // ok: js/command-injection
  return run(`uptime -p`);
}

module.exports = { pidsOnPort, uptime };
