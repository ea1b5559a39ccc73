'use strict';

const { exec } = require('child_process');
const { escapeQuotes } = require('./options');

/** libnotify's notify-send (Linux, *BSD). */
function notifyLinux(opts, callback) {
  let cmd = `notify-send -u ${opts.urgency} -t ${opts.timeout} -a "${escapeQuotes(opts.appName)}"`;
  if (opts.icon) cmd += ` -i "${escapeQuotes(opts.icon)}"`;
  cmd += ` "${escapeQuotes(opts.title)}" "${escapeQuotes(opts.message)}"`;
  // vuln: CWE-78
  exec(cmd, { timeout: 10000 }, (err) => callback(err || null));
}

module.exports = { notifyLinux };
