'use strict';

const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');

const MANAGERS = {
  npm: { bin: 'npm', add: 'install', dev: '--save-dev', exact: '--save-exact', registry: '--registry' },
  yarn: { bin: 'yarn', add: 'add', dev: '--dev', exact: '--exact', registry: '--registry' },
  pnpm: { bin: 'pnpm', add: 'add', dev: '--save-dev', exact: '--save-exact', registry: '--registry' },
};

/** Picks the package manager from the lockfile in `cwd` (npm when there is none). */
function detectManager(cwd) {
  if (fs.existsSync(path.join(cwd, 'pnpm-lock.yaml'))) return 'pnpm';
  if (fs.existsSync(path.join(cwd, 'yarn.lock'))) return 'yarn';
  return 'npm';
}

function managerInfo(name) {
  const info = MANAGERS[name];
  if (!info) throw new Error(`Unsupported package manager: ${name}`);
  return info;
}

/** Version of the package manager, e.g. "10.2.4". */
function managerVersion(name, cb) {
  const info = managerInfo(name);
  execFile(info.bin, ['--version'], { windowsHide: true }, (err, stdout) => {
    if (err) return cb(err);
    cb(null, String(stdout).trim());
  });
}

module.exports = { detectManager, managerInfo, managerVersion, MANAGERS };
