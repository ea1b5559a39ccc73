'use strict';

const { execFile } = require('child_process');
const net = require('net');
const { parseOutput } = require('./lib/parse');

const IS_WIN = process.platform === 'win32';
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const IFACE = /^[a-z0-9_.:-]{1,32}$/i;

function validHost(host) {
  return typeof host === 'string' && (net.isIP(host) !== 0 || HOSTNAME.test(host));
}

function buildArgs(opts) {
  const count = parseInt(opts.count, 10) || 3;
  const timeout = parseInt(opts.timeout, 10) || 2;
  if (IS_WIN) return ['-n', String(count), '-w', String(timeout * 1000)];
  const args = ['-c', String(count), '-W', String(timeout)];
  if (opts.interface) {
    if (!IFACE.test(opts.interface)) throw new TypeError('invalid interface');
    args.push('-I', opts.interface);
  }
  return args;
}

// probe('example.com', { count: 4 }) -> { alive, times, avg, packetLoss }
function probe(host, opts = {}) {
  if (!validHost(host)) return Promise.reject(new TypeError('invalid host'));
  const args = buildArgs(opts);
  if (!IS_WIN) args.push('--');
  args.push(host);
  return new Promise((resolve, reject) => {
    // safe: CWE-78
    execFile('ping', args, { timeout: 30000, windowsHide: true }, (err, stdout) => {
      if (err && !stdout) return reject(err);
      resolve(Object.assign({ host }, parseOutput(String(stdout))));
    });
  });
}

function probeAll(hosts, opts) {
  return Promise.all(hosts.map(h => probe(h, opts).catch(e => ({ host: h, alive: false, error: e.message }))));
}

module.exports = { probe, probeAll, parseOutput };
