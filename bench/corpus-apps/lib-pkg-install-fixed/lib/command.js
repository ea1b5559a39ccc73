'use strict';

const { managerInfo } = require('./manager');

function checkRegistry(registry) {
  let url;
  try {
    url = new URL(registry);
  } catch (e) {
    throw new Error('registry must be an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('registry must be http(s)');
  return url.href;
}

/** Builds the install command as a binary and an argument list (no shell). */
function buildInstallCommand(manager, specs, opts) {
  const info = managerInfo(manager);
  const args = [info.add];
  if (opts.dev) args.push(info.dev);
  if (opts.exact) args.push(info.exact);
  if (opts.registry) args.push(`${info.registry}=${checkRegistry(opts.registry)}`);
  if (manager === 'npm' && opts.silent) args.push('--no-audit', '--no-fund', '--loglevel=error');
  return { bin: info.bin, args: args.concat(specs) };
}

module.exports = { buildInstallCommand };
