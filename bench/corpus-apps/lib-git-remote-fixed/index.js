'use strict';

const { execFile } = require('child_process');
const { promisify } = require('util');

const run = promisify(execFile);

function parseRefs(stdout) {
  const refs = [];
  for (const line of stdout.split('\n')) {
    const [sha, name] = line.split('\t');
    if (sha && name) refs.push({ sha, name });
  }
  return refs;
}

/**
 * Lists the refs of `remote` (a URL or a path).
 * @param {string} remote
 * @param {{ tags?: boolean, heads?: boolean, timeout?: number }} [options]
 */
async function listRemote(remote, options = {}) {
  const args = ['ls-remote'];
  if (options.tags) args.push('--tags');
  if (options.heads) args.push('--heads');
  args.push('--', remote);
  // safe: CWE-88
  const { stdout } = await run('git', args, { timeout: options.timeout || 30000 });
  return parseRefs(stdout);
}

/** The commit a branch or tag of `remote` points at, or null. */
async function resolveRef(remote, ref) {
  // safe: CWE-88
  const { stdout } = await run('git', ['ls-remote', '--', remote, ref], { timeout: 30000 });
  const [first] = parseRefs(stdout);
  return first ? first.sha : null;
}

/** The default branch of `remote`. */
async function defaultBranch(remote) {
  // safe: CWE-88
  const { stdout } = await run('git', ['ls-remote', '--symref', '--', remote, 'HEAD']);
  const m = /^ref: refs\/heads\/(\S+)\tHEAD/m.exec(stdout);
  return m ? m[1] : null;
}

/** The installed git version. */
async function gitVersion() {
  // safe: CWE-88
  const { stdout } = await run('git', ['--version']);
  return stdout.trim().replace(/^git version /, '');
}

module.exports = { listRemote, resolveRef, defaultBranch, gitVersion };
