const { exec } = require('child_process');

function ping(host, done) {
  // ruleid: js/command-injection
  exec(`ping -c 1 ${host}`, done);
}

function uptime(done) {
  // ok: js/command-injection
  exec('uptime', done);
}

module.exports = { ping, uptime };
