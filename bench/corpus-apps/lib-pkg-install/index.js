'use strict';

const path = require('path');
const { detectManager, managerVersion } = require('./lib/manager');
const { normalizeSpecs, nameOf } = require('./lib/spec');
const { buildInstallCommand } = require('./lib/command');
const { runInstall } = require('./lib/run');

/**
 * Installs packages into the project at `options.cwd`.
 * @param {string|string[]|Object<string,string>} packages e.g. ['left-pad', 'chalk@^5']
 * @param {{cwd?: string, manager?: string, dev?: boolean, exact?: boolean, registry?: string, silent?: boolean}} [options]
 */
async function install(packages, options = {}) {
  const cwd = path.resolve(options.cwd || process.cwd());
  const manager = options.manager || detectManager(cwd);
  const specs = normalizeSpecs(packages);
  const command = buildInstallCommand(manager, specs, options);
  const result = await runInstall(command, cwd, { npm_config_update_notifier: 'false' });
  return Object.assign({ manager, installed: specs.map(nameOf) }, result);
}

/** Whether `name` resolves from `cwd` (no install). */
function isInstalled(name, cwd = process.cwd()) {
  try {
    require.resolve(`${name}/package.json`, { paths: [path.resolve(cwd)] });
    return true;
  } catch (e) {
    return false;
  }
}

/** Installs only the packages that are missing (plugin loaders call this with their config). */
async function ensure(packages, options = {}) {
  const cwd = options.cwd || process.cwd();
  const missing = normalizeSpecs(packages).filter((spec) => !isInstalled(nameOf(spec), cwd));
  if (missing.length === 0) return { manager: null, installed: [] };
  return install(missing, options);
}

module.exports = { install, ensure, isInstalled, detectManager, managerVersion };
