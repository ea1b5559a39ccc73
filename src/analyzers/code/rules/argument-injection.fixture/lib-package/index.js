// A library package: repository URLs and refs come from the caller (often from its users).
const { execFile, execFileSync, spawn } = require('child_process');

function clone(url, dir, done) {
  // ruleid: js/argument-injection
  execFile('git', ['clone', url, dir], done);
}

function cloneSafe(url, dir, done) {
  // ok: js/argument-injection
  execFile('git', ['clone', '--', url, dir], done);
}

function log(dir, ref) {
  // ruleid: js/argument-injection
  return execFileSync('git', ['log', '--oneline', `${ref}`], { cwd: dir }).toString();
}

function logChecked(dir, ref) {
  if (ref.startsWith('-')) throw new Error('invalid ref');
  // ok: js/argument-injection
  return execFileSync('git', ['log', '--oneline', ref], { cwd: dir }).toString();
}

function checkoutBranch(dir, branch) {
  // ok: js/argument-injection
  return spawn('git', ['checkout', `--branch=${branch}`], { cwd: dir });
}

// A program that reads no options from its positional arguments is out of scope.
function countLines(file, done) {
  // ok: js/argument-injection
  execFile('node', ['count-lines.js', file], done);
}

function connect(host) {
  // ruleid: js/argument-injection
  return spawn('ssh', [host, 'uptime']);
}

// Argument lists built step by step before the call: the caller's value is pushed after the options.
function listRemote(remote, options = {}) {
  const args = ['ls-remote'];
  if (options.tags) args.push('--tags');
  args.push(remote);
  // ruleid: js/argument-injection
  return execFileSync('git', args).toString();
}

function listRemoteSafe(remote, options = {}) {
  const args = ['ls-remote'];
  if (options.tags) args.push('--tags');
  args.push('--', remote);
  // ok: js/argument-injection
  return execFileSync('git', args).toString();
}

// `--` on some paths only does not end the options on the others.
function fetchFrom(remote, options = {}) {
  const args = ['fetch'];
  if (options.strict) args.push('--');
  args.push(remote);
  // ruleid: js/argument-injection
  return execFileSync('git', args).toString();
}

function cloneBranch(url, options = {}) {
  const args = ['clone'];
  if (options.branch) args.push('--branch', options.branch);
  args.push('--', url);
  // ok: js/argument-injection
  return execFileSync('git', args).toString();
}

// The caller's value is the value of `-C`, not an option of its own.
function archiveIn(dir) {
  const args = ['czf', 'out.tgz', '-C'];
  args.push(dir, '.');
  // ok: js/argument-injection
  return spawn('tar', args);
}

// One helper runs git for every command: each caller's list is judged where it is built.
function git(args, cwd) {
  return execFileSync('git', args, { cwd, encoding: 'utf8' });
}

function showFile(ref, file, dir) {
  const args = ['show'];
  args.push(`${ref}:${file}`);
  // ruleid: js/argument-injection
  return git(args, dir);
}

function showFileChecked(ref, file, dir) {
  if (ref.startsWith('-')) throw new Error('invalid ref');
  const args = ['show'];
  args.push(`${ref}:${file}`);
  // ok: js/argument-injection
  return git(args, dir);
}

function logPath(dir, path) {
  const args = ['log', '--oneline'];
  if (path) args.push('--', path);
  // ok: js/argument-injection
  return git(args, dir);
}

// The list is built by the function, the process started in a callback it creates.
function pull(dir, source, rev) {
  const args = ['pull'];
  if (rev) args.push('-r', rev);
  args.push(source);
  return new Promise((resolve, reject) => {
    // ruleid: js/argument-injection
    const child = spawn('hg', args, { cwd: dir });
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`hg exited ${code}`))));
  });
}

function pullSafe(dir, source, rev) {
  const args = ['pull'];
  if (rev) args.push(`--rev=${rev}`);
  args.push('--', source);
  return new Promise((resolve) => {
    // ok: js/argument-injection
    spawn('hg', args, { cwd: dir }).on('close', resolve);
  });
}

module.exports = { pull, pullSafe, clone, cloneSafe, log, logChecked, checkoutBranch, countLines, connect, listRemote, listRemoteSafe, fetchFrom, cloneBranch, archiveIn, showFile, showFileChecked, logPath };
