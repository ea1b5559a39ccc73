'use strict';

const { execFile } = require('child_process');
const { normalize } = require('./lib/options');
const { notifyLinux } = require('./lib/linux');
const { notifyMac } = require('./lib/macos');
const { notifyWindows } = require('./lib/windows');

/**
 * Shows a desktop notification.
 *
 *   notify({ title: 'Build finished', message: `${name} compiled in ${ms} ms` });
 *   notify('Tests passed');
 *
 * @param {string|object} options  message, or { title, message, subtitle, icon, urgency, sound, timeout, appName }
 * @param {(err: Error|null) => void} [callback]
 * @returns {Promise<void>} when no callback is given
 */
function notify(options, callback) {
  const opts = normalize(options);
  const run = (done) => {
    switch (process.platform) {
      case 'darwin':
        return notifyMac(opts, done);
      case 'win32':
        return notifyWindows(opts, done);
      default:
        return notifyLinux(opts, done);
    }
  };
  if (typeof callback === 'function') return run(callback);
  return new Promise((resolve, reject) => run((err) => (err ? reject(err) : resolve())));
}

/** Resolves true when a notifier binary is available on this machine. */
function isSupported() {
  const probe = process.platform === 'darwin' ? 'osascript' : process.platform === 'win32' ? 'powershell.exe' : 'notify-send';
  const which = process.platform === 'win32' ? 'where' : 'which';
  return new Promise((resolve) => {
    // safe: CWE-78
    execFile(which, [probe], (err) => resolve(!err));
  });
}

module.exports = { notify, isSupported };
module.exports.default = notify;
