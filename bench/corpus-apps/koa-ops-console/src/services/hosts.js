'use strict';

const { exec, execFile } = require('child_process');
const { promisify } = require('util');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const HOSTNAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

class HostService {
  async ping(host) {
    // vuln: CWE-78
    const { stdout } = await execAsync(`ping -c 1 -W 2 ${host}`);
    return stdout;
  }

  async traceroute(host) {
    if (!HOSTNAME.test(String(host))) throw new Error('invalid host name');
    // safe: CWE-78
    const { stdout } = await execFileAsync('traceroute', ['-m', '12', String(host)]);
    return stdout;
  }
}

module.exports = new HostService();
