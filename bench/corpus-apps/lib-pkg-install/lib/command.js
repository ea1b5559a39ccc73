'use strict';

const { managerInfo } = require('./manager');

/** Builds the install command line for the chosen manager. */
function buildInstallCommand(manager, specs, opts) {
  const info = managerInfo(manager);
  const parts = [info.bin, info.add];
  if (opts.dev) parts.push(info.dev);
  if (opts.exact) parts.push(info.exact);
  if (opts.registry) parts.push(`${info.registry}=${opts.registry}`);
  if (manager === 'npm' && opts.silent) parts.push('--no-audit', '--no-fund', '--loglevel=error');
  return parts.concat(specs).join(' ');
}

module.exports = { buildInstallCommand };
