'use strict';

const { exec } = require('child_process');
const { escapeQuotes } = require('./options');

/** Notification Center through AppleScript's `display notification`. */
function notifyMac(opts, callback) {
  let script = `display notification "${escapeQuotes(opts.message)}" with title "${escapeQuotes(opts.title)}"`;
  if (opts.subtitle) script += ` subtitle "${escapeQuotes(opts.subtitle)}"`;
  if (opts.sound) script += ` sound name "${opts.sound}"`;
  // vuln: CWE-78
  exec(`osascript -e '${script}'`, { timeout: 10000 }, (err) => callback(err || null));
}

module.exports = { notifyMac };
