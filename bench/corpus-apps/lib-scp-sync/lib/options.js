'use strict';

const os = require('os');
const path = require('path');

const DEFAULTS = {
  user: undefined,
  port: 22,
  identity: undefined,
  strictHostKeyChecking: 'accept-new',
  knownHostsFile: undefined,
  timeout: 120000,
  connectTimeout: 15,
  recursive: false,
  preserve: false,
};

const HOST_KEY_MODES = new Set(['yes', 'accept-new']);

function toPort(value) {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new TypeError(`scp-sync: invalid port ${value}`);
  return port;
}

function expandHome(p) {
  return p && p.startsWith('~/') ? path.join(os.homedir(), p.slice(2)) : p;
}

/**
 * Merges the caller's options over the defaults and checks the ones with a fixed form.
 * `host` and `user` are taken as given: they may be names, IPv4/IPv6 addresses or ssh_config
 * aliases.
 *
 * @param {import('../index').RemoteOptions} options
 */
function normalizeOptions(options) {
  if (!options || !options.host) throw new TypeError('scp-sync: options.host is required');
  const opts = { ...DEFAULTS, ...options };
  opts.host = String(opts.host).trim();
  opts.port = toPort(opts.port);
  opts.connectTimeout = Math.max(1, Math.floor(Number(opts.connectTimeout) || DEFAULTS.connectTimeout));
  opts.timeout = Math.max(1000, Math.floor(Number(opts.timeout) || DEFAULTS.timeout));
  if (!HOST_KEY_MODES.has(opts.strictHostKeyChecking)) throw new TypeError('scp-sync: strictHostKeyChecking must be "yes" or "accept-new"');
  opts.identity = expandHome(opts.identity);
  opts.knownHostsFile = expandHome(opts.knownHostsFile);
  return opts;
}

/**
 * `-o` options and flags shared by scp and ssh. Every value here is a separate argv entry that
 * follows its flag, so it is never read as another option.
 */
function commonArgs(opts, portFlag) {
  const args = [
    '-o', 'BatchMode=yes',
    '-o', `StrictHostKeyChecking=${opts.strictHostKeyChecking}`,
    '-o', `ConnectTimeout=${opts.connectTimeout}`,
    portFlag, String(opts.port),
  ];
  if (opts.identity) args.push('-i', opts.identity);
  if (opts.knownHostsFile) args.push('-o', `UserKnownHostsFile=${opts.knownHostsFile}`);
  return args;
}

/** `user@host` or `host`; IPv6 literals go in brackets for scp. */
function destination(opts, { brackets = false } = {}) {
  const host = brackets && opts.host.includes(':') && !opts.host.startsWith('[') ? `[${opts.host}]` : opts.host;
  return opts.user ? `${opts.user}@${host}` : host;
}

module.exports = { normalizeOptions, commonArgs, destination, DEFAULTS };
