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

module.exports = { clone, cloneSafe, log, logChecked, checkoutBranch, countLines, connect };
