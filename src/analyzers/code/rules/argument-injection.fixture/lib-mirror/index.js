// A library package: the host, the module and the transfer options come from its caller.
const { execFile } = require('child_process');
const { settle } = require('./lib/settings');
const rsync = require('./lib/rsync');
const { VERSION_ARGS } = require('./lib/rsync');

exports.pull = (target, options, done) => rsync.pull(settle(options), target, done);
exports.publish = (source, options, done) => rsync.publish(settle(options), source, done);
exports.modules = (options, done) => rsync.modules(settle(options), done);
exports.ping = (options, done) => rsync.ping(settle(options), done);
exports.VERSION_ARGS = VERSION_ARGS;

// A field written on one path only: on the other, the caller's own value is still there.
exports.fetchFrom = function fetchFrom(options, done) {
  const o = { ...options };
  if (o.port === undefined) o.port = 873;
  // ruleid: js/argument-injection
  execFile('rsync', ['-q', o.port, '--', `${o.host}::x`], done);
};
