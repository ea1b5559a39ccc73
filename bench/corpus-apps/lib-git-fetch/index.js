'use strict';

const { exec, execFile } = require('child_process');

function settle(resolve, reject) {
  return (err, stdout, stderr) => {
    if (err) {
      err.stderr = stderr;
      return reject(err);
    }
    return resolve(stdout.trim());
  };
}

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
  if (options.depth) flags.push(`--depth ${Number(options.depth)}`);
  if (options.branch) flags.push(`--branch ${options.branch}`);
  return new Promise((resolve, reject) => {
    // vuln: CWE-78
    exec(`git clone ${flags.join(' ')} ${repoUrl} ${targetDir}`, { maxBuffer: 10 * 1024 * 1024 }, settle(resolve, reject));
  });
}

/** Check out `ref` in the repository at `dir`. */
function checkout(dir, ref) {
  return new Promise((resolve, reject) => {
    // vuln: CWE-78
    exec(`git checkout ${ref}`, { cwd: dir }, settle(resolve, reject));
  });
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
