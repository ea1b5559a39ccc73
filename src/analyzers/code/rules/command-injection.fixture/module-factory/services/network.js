// A module that is a factory: configured by whoever requires it, it returns an object of closures.
const { exec } = require('child_process');

module.exports = (options) => ({
  ping(host) {
    // ruleid: js/command-injection
    exec(`ping -c ${options.count} ${host}`);
  },
  // The factory's options are its caller's, not this method's first argument.
  trace(host) {
    // ok: js/command-injection
    exec(`traceroute -m ${options.count}`, { env: { TARGET: host } });
  },
  uptime() {
    // ok: js/command-injection
    exec('uptime');
  },
});
