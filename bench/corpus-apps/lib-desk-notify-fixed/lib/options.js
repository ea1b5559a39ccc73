'use strict';

const URGENCY = new Set(['low', 'normal', 'critical']);
const MAC_SOUNDS = new Set(['Basso', 'Blow', 'Bottle', 'Frog', 'Funk', 'Glass', 'Hero', 'Morse', 'Ping', 'Pop', 'Purr', 'Sosumi', 'Submarine', 'Tink']);

/**
 * Normalises notify(options): strings are coerced, unknown urgencies and sounds
 * are dropped, the timeout becomes a whole number of milliseconds.
 */
function normalize(options) {
  const opts = typeof options === 'string' ? { message: options } : { ...options };
  return {
    title: opts.title == null ? 'Notification' : String(opts.title),
    message: opts.message == null ? '' : String(opts.message),
    subtitle: opts.subtitle == null ? '' : String(opts.subtitle),
    icon: opts.icon == null ? '' : String(opts.icon),
    urgency: URGENCY.has(opts.urgency) ? opts.urgency : 'normal',
    sound: MAC_SOUNDS.has(opts.sound) ? opts.sound : '',
    timeout: Number.isFinite(Number(opts.timeout)) ? Math.max(0, Math.round(Number(opts.timeout))) : 5000,
    appName: opts.appName == null ? 'node' : String(opts.appName),
  };
}

/** Escapes a value for use inside a double-quoted string. */
function escapeQuotes(value) {
  return String(value).replace(/"/g, '\\"');
}

module.exports = { normalize, escapeQuotes };
