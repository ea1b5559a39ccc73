'use strict';

const { execFile } = require('child_process');

/** libnotify's notify-send (Linux, *BSD). */
function notifyLinux(opts, callback) {
  const args = ['-u', opts.urgency, '-t', String(opts.timeout), '-a', opts.appName];
  if (opts.icon) args.push('-i', opts.icon);
  args.push('--', opts.title, opts.message);
  // safe: CWE-78
  execFile('notify-send', args, { timeout: 10000 }, (err) => callback(err || null));
}

module.exports = { notifyLinux };
