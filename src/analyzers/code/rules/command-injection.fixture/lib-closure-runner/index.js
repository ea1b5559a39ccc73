'use strict';

const { speakUnix, speakMac } = require('./lib/unix');
const { speakWindows } = require('./lib/windows');

/**
 * Speaks a text aloud: `say('Build finished')`, `say({ text, voice })`, promise or callback.
 * The platform is picked in a closure over the caller's options, run now or inside a promise.
 */
function say(options, callback) {
  const opts = typeof options === 'string' ? { text: options } : { ...options };
  const text = String(opts.text ?? '');
  const run = (done) => {
    switch (process.platform) {
      case 'darwin':
        return speakMac(text, done);
      case 'win32':
        return speakWindows(text, done);
      default:
        return speakUnix(text, done);
    }
  };
  if (typeof callback === 'function') return run(callback);
  return new Promise((resolve, reject) => run((err) => (err ? reject(err) : resolve())));
}

module.exports = { say };
