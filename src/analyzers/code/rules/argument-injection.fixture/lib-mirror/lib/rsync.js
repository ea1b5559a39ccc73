const { execFile } = require('child_process');
const path = require('path');
const { sharedArgs } = require('./settings');

const VERSION_ARGS = ['--version'];

function pull(o, target, done) {
  const args = sharedArgs(o, '--port');
  args.push('-a', `${o.host}::${o.module}`, path.resolve(target));
  // ruleid: js/argument-injection
  execFile('rsync', args, done);
}

function publish(o, source, done) {
  const args = sharedArgs(o, '--port');
  args.push('-a', '--', path.resolve(source), `${o.host}::${o.module}`);
  // ok: js/argument-injection
  execFile('rsync', args, done);
}

function modules(o, done) {
  // ok: js/argument-injection
  execFile('rsync', [...sharedArgs(o, '--port'), '-r', '--', `rsync://${o.host}/`], done);
}

function ping(o, done) {
  // ruleid: js/argument-injection
  execFile('rsync', [...sharedArgs(o, '--port'), '-q', o.host], done);
}

// Only ever called with a settled object whose module was checked; not part of the package's API.
function listModule(o, done) {
  // ok: js/argument-injection
  execFile('rsync', ['-q', '-r', o.module], done);
}

module.exports = { pull, publish, modules, ping, listModule, VERSION_ARGS };
