'use strict';

const { exec } = require('child_process');
const { parseOutput } = require('./lib/parse');

const IS_WIN = process.platform === 'win32';

function buildArgs(opts) {
  const count = parseInt(opts.count, 10) || 3;
  const timeout = parseInt(opts.timeout, 10) || 2;
  if (IS_WIN) return ['-n', count, '-w', timeout * 1000];
  const args = ['-c', count, '-W', timeout];
  if (opts.interface) args.push('-I', opts.interface);
  if (opts.extra) args.push(...[].concat(opts.extra));
  return args;
}

// probe('example.com', { count: 4 }) -> { alive, times, avg, packetLoss }
function probe(host, opts = {}) {
  const args = buildArgs(opts);
  const cmd = ['ping', ...args, host].join(' ');
  return new Promise((resolve, reject) => {
    // vuln: CWE-78
    exec(cmd, { timeout: 30000, windowsHide: true }, (err, stdout) => {
      if (err && !stdout) return reject(err);
      resolve(Object.assign({ host }, parseOutput(String(stdout))));
    });
  });
}

function probeAll(hosts, opts) {
  return Promise.all(hosts.map(h => probe(h, opts).catch(e => ({ host: h, alive: false, error: e.message }))));
}

module.exports = { probe, probeAll, parseOutput };
